import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { ApprovalStatus } from '../api/types';

const TONE = { pending: 'yellow', approved: 'green', rejected: 'red', cancelled: 'gray' } as const satisfies Record<
  ApprovalStatus,
  BadgeTone
>;
const LABEL = { pending: 'Pending', approved: 'Approved', rejected: 'Rejected', cancelled: 'Cancelled' } as const satisfies Record<
  ApprovalStatus,
  string
>;

export function ApprovalStatusBadge({ status }: { status: ApprovalStatus }) {
  return <Badge tone={TONE[status]}>{LABEL[status]}</Badge>;
}
