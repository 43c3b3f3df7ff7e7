import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost } from '@/lib/api-client';
import { invalidateApprovalData } from './invalidate-approval-data';
import type { Approval } from './types';

/** POST /time-entry-approvals/{id}/approve; the entry is locked afterwards. */
export function approveApproval(id: number): Promise<Approval> {
  return apiPost<Approval>(`/time-entry-approvals/${id}/approve`, {});
}

export function useApproveApproval() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: approveApproval, onSuccess: () => invalidateApprovalData(queryClient) });
}
