import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { invalidateApprovalData } from './invalidate-approval-data';
import type { Approval } from './types';

/** POST /time-entries/{id}/request-approval: submits one of your own finished entries. */
export function requestApproval(timeEntryId: number, comment?: string): Promise<Approval> {
  return ok(api.POST('/time-entries/{id}/request-approval', { params: { path: { id: timeEntryId } }, body: comment ? { comment } : {} }));
}

export function useRequestApproval() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ timeEntryId, comment }: { timeEntryId: number; comment?: string }) => requestApproval(timeEntryId, comment),
    onSuccess: () => invalidateApprovalData(queryClient),
  });
}
