import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { approvalsKeys } from './approvals-keys';
import type { ApprovalFilter, ApprovalList } from './types';

/** GET /time-entry-approvals: the caller's own requests and those they may decide on, newest first. */
export function getApprovals(filter: ApprovalFilter, signal?: AbortSignal): Promise<ApprovalList> {
  return apiGet<ApprovalList>('/time-entry-approvals', {
    query: {
      queue: filter.queue === 'all' ? undefined : filter.queue,
      status: filter.queue === 'to_approve' ? undefined : filter.status,
      page: filter.page,
      per_page: 50,
    },
    signal,
  });
}

export function useApprovals(filter: ApprovalFilter, enabled = true) {
  return useQuery({
    queryKey: approvalsKeys.list(filter),
    queryFn: ({ signal }) => getApprovals(filter, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
