import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { notifyDone } from '@/lib/notify';
import { invalidateApprovalData } from './invalidate-approval-data';
import type { Approval } from './types';

/** POST /time-entry-approvals/{id}/reject: the reason is required and shown to the requester. */
export function rejectApproval(id: number, reason: string): Promise<Approval> {
  return ok(api.POST('/time-entry-approvals/{id}/reject', { params: { path: { id } }, body: { reason } }));
}

export function useRejectApproval() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) => rejectApproval(id, reason),
    onSuccess: () => {
      notifyDone('Rejected: the requester sees your reason');
      return invalidateApprovalData(queryClient);
    },
  });
}
