import type { ApprovalFilter } from '../lib/use-approval-filters';

/** Query keys of approvals; every decision or request invalidates `approvalsKeys.all`. */
export const approvalsKeys = {
  all: ['time-entry-approvals'] as const,
  list: (filter: ApprovalFilter) => [...approvalsKeys.all, 'list', filter] as const,
};
