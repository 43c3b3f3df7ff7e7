import { api, ok } from '@/lib/api-client';
import { usePageQuery } from '@/lib/page-query';
import type { ApprovalFilter } from '../lib/use-approval-filters';
import { approvalsKeys } from './approvals-keys';
import type { ApprovalList } from './types';

/** GET /time-entry-approvals: the caller's own requests and those they may decide on, newest first; `week` is a week of the caller's own calendar. */
export function getApprovals(filter: ApprovalFilter, signal?: AbortSignal): Promise<ApprovalList> {
  return ok(
    api.GET('/time-entry-approvals', {
      params: {
        query: {
          queue: filter.queue === 'all' ? undefined : filter.queue,
          status: filter.queue === 'to_approve' ? undefined : filter.status,
          week: filter.week,
          page: filter.page,
          per_page: 50,
        },
      },
      signal,
    }),
  );
}

export function useApprovals(filter: ApprovalFilter, enabled = true) {
  return usePageQuery(approvalsKeys.list(filter), (signal) => getApprovals(filter, signal), enabled);
}
