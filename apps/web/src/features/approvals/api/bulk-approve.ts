import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost, isApiError } from '@/lib/api-client';
import { invalidateApprovalData } from './invalidate-approval-data';
import type { BulkApproveResult, BulkItemResult } from './types';

/** POST /time-entry-approvals/bulk-approve: all or nothing; a refusal (409) lists every item's result. */
export function bulkApprove(ids: number[]): Promise<BulkApproveResult> {
  return apiPost<BulkApproveResult>('/time-entry-approvals/bulk-approve', { ids });
}

/** The per-item results of a refused batch, or null when the error is not one. */
export function bulkFailures(error: unknown): BulkItemResult[] | null {
  if (!isApiError(error) || !Array.isArray(error.body?.results)) return null;
  return error.body.results as BulkItemResult[];
}

export function useBulkApprove() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: bulkApprove, onSettled: () => invalidateApprovalData(queryClient) });
}
