import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { notifyDone } from '@/lib/notify';
import { invalidateApprovalData } from './invalidate-approval-data';
import type { BulkApproveResult } from './types';

/** POST /time-entry-approvals/bulk-approve: all or nothing; a refusal (409) lists every item's result (`lib/bulk-failures.ts`). */
export function bulkApprove(ids: number[]): Promise<BulkApproveResult> {
  return ok(api.POST('/time-entry-approvals/bulk-approve', { body: { ids } }));
}

export function useBulkApprove() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkApprove,
    onSuccess: (_, ids) => notifyDone(ids.length === 1 ? 'Approved 1 entry' : `Approved ${ids.length} entries`),
    onSettled: () => invalidateApprovalData(queryClient),
  });
}
