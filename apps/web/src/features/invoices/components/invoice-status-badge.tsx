import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { InvoiceStatus } from '../api/types';

const TONE = { draft: 'gray', sent: 'blue', paid: 'green', void: 'red' } as const satisfies Record<InvoiceStatus, BadgeTone>;
/** The status in words, for the badge and the printed invoice. */
export const INVOICE_STATUS_LABEL = { draft: 'Draft', sent: 'Sent', paid: 'Paid', void: 'Void' } as const satisfies Record<
  InvoiceStatus,
  string
>;

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return <Badge tone={TONE[status]}>{INVOICE_STATUS_LABEL[status]}</Badge>;
}
