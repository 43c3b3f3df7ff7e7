import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { notifyDone } from '@/lib/notify';
import { invalidateApprovalData } from './invalidate-approval-data';
import type { Approval } from './types';

/** POST /time-entry-approvals/{id}/approve; the entry is locked afterwards. */
export function approveApproval(id: number): Promise<Approval> {
  return ok(api.POST('/time-entry-approvals/{id}/approve', { params: { path: { id } }, body: {} }));
}

/** No Undo: only the requester may cancel a request, and only while it is pending (docs/guides/approvals.md). */
export function useApproveApproval() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveApproval,
    onSuccess: () => {
      notifyDone('Approved: the entry is locked');
      return invalidateApprovalData(queryClient);
    },
  });
}
