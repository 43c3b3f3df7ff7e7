/** What pages and other features use of approvals: the approvals page, and submitting one's own entry (time entries page). */
export { ApprovalsView } from './components/approvals-view';
export { useRequestApproval, requestApproval } from './api/request-approval';
export { approvalsKeys } from './api/approvals-keys';
export type { Approval, ApprovalStatus } from './api/types';
