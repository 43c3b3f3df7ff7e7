import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { invalidateApprovalData } from './invalidate-approval-data';
import type { Approval } from './types';

/** POST /time-entry-approvals/{id}/cancel: the requester withdraws a pending request (unlocks the entry). */
export function cancelApproval(id: number): Promise<Approval> {
  return ok(api.POST('/time-entry-approvals/{id}/cancel', { params: { path: { id } } }));
}

export function useCancelApproval() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelApproval, onSuccess: () => invalidateApprovalData(queryClient) });
}
