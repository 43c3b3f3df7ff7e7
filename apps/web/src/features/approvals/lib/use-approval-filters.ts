import { useSearchParams } from 'react-router';
import { useDates } from '@/lib/time-settings';
import { APPROVAL_STATUSES, type ApprovalStatus } from '../api/types';

/** `to_approve`: pending requests the caller may decide on; `mine`: the caller's own; `all`: everything visible (no `queue`). */
export type ApprovalQueue = 'to_approve' | 'mine' | 'all';

/** What the approvals page shows, kept in its URL. */
export interface ApprovalFilter {
  queue: ApprovalQueue;
  /** Ignored by the API for `to_approve`, which is always pending. */
  status?: ApprovalStatus;
  /** Only entries starting in this week (its first day: the person's week start, in their zone); none: every week. */
  week?: string;
  page: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const QUEUES: readonly ApprovalQueue[] = ['to_approve', 'mine', 'all'];

/**
 * The queue's filters live in the URL. Without `view`, approvers start on what waits for them and
 * everybody else on their own requests; the status defaults to pending (`status=any` shows all).
 * `week` is any day of a week in the person's calendar (their zone and week start), kept as its first day.
 */
export function useApprovalFilters(defaultQueue: ApprovalQueue): [ApprovalFilter, (patch: Partial<ApprovalFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const dates = useDates();
  const week = params.get('week');
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
    week: week && DAY.test(week) ? dates.weekStartOf(week) : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  const update = (patch: Partial<ApprovalFilter>) => {
    const next = { ...filter, page: 1, ...patch };
    const out = new URLSearchParams();
    if (next.queue !== defaultQueue) out.set('view', next.queue);
    if (next.status !== 'pending') out.set('status', next.status ?? 'any');
    if (next.week) out.set('week', next.week);
    if (next.page > 1) out.set('page', String(next.page));
    setParams(out, { replace: true });
  };
  return [filter, update];
}
