/** What other features use of approvals: submitting one's own entry (time entries page). */
export { useRequestApproval, requestApproval } from './api/request-approval';
export { approvalsKeys } from './api/approvals-keys';
export type { Approval, ApprovalStatus } from './api/types';
