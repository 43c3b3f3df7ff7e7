import type { ApiData, ItemOf } from '@/lib/api/types';

export type ApprovalList = ApiData<'/time-entry-approvals', 'get'>;
/** An approval request as GET /time-entry-approvals returns it, with its time entry. */
export type Approval = ItemOf<ApprovalList['time_entry_approvals']>;
export type ApprovalStatus = Approval['status'];
export type BulkApproveResult = ApiData<'/time-entry-approvals/bulk-approve', 'post'>;

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const satisfies readonly ApprovalStatus[];
