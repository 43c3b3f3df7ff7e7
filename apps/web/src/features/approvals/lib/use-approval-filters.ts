import { useSearchParams } from 'react-router';
import { APPROVAL_STATUSES, type ApprovalStatus } from '../api/types';

/** `to_approve`: pending requests the caller may decide on; `mine`: the caller's own; `all`: everything visible (no `queue`). */
export type ApprovalQueue = 'to_approve' | 'mine' | 'all';

/** What the approvals page shows, kept in its URL. */
export interface ApprovalFilter {
  queue: ApprovalQueue;
  /** Ignored by the API for `to_approve`, which is always pending. */
  status?: ApprovalStatus;
  page: number;
}

const QUEUES: readonly ApprovalQueue[] = ['to_approve', 'mine', 'all'];

/**
 * The queue's filters live in the URL. Without `view`, approvers start on what waits for them and
 * everybody else on their own requests; the status defaults to pending (`status=any` shows all).
 */
export function useApprovalFilters(defaultQueue: ApprovalQueue): [ApprovalFilter, (patch: Partial<ApprovalFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const view = params.get('view') as ApprovalQueue | null;
  const status = params.get('status');
  const page = Number(params.get('page'));
  const filter: ApprovalFilter = {
    queue: view && QUEUES.includes(view) ? view : defaultQueue,
    status:
      status === 'any'
        ? undefined
        : (APPROVAL_STATUSES as readonly string[]).includes(status ?? '')
          ? (status as ApprovalStatus)
          : 'pending',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  const update = (patch: Partial<ApprovalFilter>) => {
    const next = { ...filter, page: 1, ...patch };
    const out = new URLSearchParams();
    if (next.queue !== defaultQueue) out.set('view', next.queue);
    if (next.status !== 'pending') out.set('status', next.status ?? 'any');
    if (next.page > 1) out.set('page', String(next.page));
    setParams(out, { replace: true });
  };
  return [filter, update];
}
