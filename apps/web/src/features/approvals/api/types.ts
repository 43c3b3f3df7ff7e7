import type { PaginationInfo } from '@/components/ui/pagination';

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** An approval request as GET /time-entry-approvals returns it, with its time entry. */
export interface Approval {
  id: number;
  time_entry_id: number;
  status: ApprovalStatus;
  requested_by: number;
  requested_at: string;
  decided_by: number | null;
  decided_at: string | null;
  /** The rejection reason. */
  reason: string | null;
  comment: string;
  time_entry: {
    id: number;
    user_id: number;
    user: { id: number; name: string };
    project_id: number;
    project: { id: number; name: string };
    start_time: string;
    end_time: string | null;
    duration_seconds: number | null;
    billable: boolean;
    notes: string;
  };
}

export interface ApprovalList {
  time_entry_approvals: Approval[];
  pagination: PaginationInfo;
}

/** `to_approve`: pending requests the caller may decide on; `mine`: the caller's own; none: everything visible. */
export type ApprovalQueue = 'to_approve' | 'mine' | 'all';

export interface ApprovalFilter {
  queue: ApprovalQueue;
  /** Ignored by the API for `to_approve`, which is always pending. */
  status?: ApprovalStatus;
  page: number;
}

/** One item of a bulk approval: `would_approve` and `failed` come with a refused (409) batch. */
export interface BulkItemResult {
  id: number;
  status: 'approved' | 'would_approve' | 'failed';
  code?: string;
  message?: string;
}

export interface BulkApproveResult {
  approved: number;
  results: BulkItemResult[];
}
