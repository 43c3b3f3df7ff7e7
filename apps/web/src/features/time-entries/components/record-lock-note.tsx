import { Lock } from 'lucide-react';
import { Link } from 'react-router';
import { useInvoice } from '@/features/invoices';
import type { RecordLock } from '../lib/entry-access';

interface RecordLockNoteProps {
  lock: RecordLock;
  /** The caller may open the invoice (view_financials on the project and an invoice permission). */
  canReadInvoice: boolean;
}

const LOCK_TEXT = {
  approved: 'Approved — ask an approver to reopen it',
  pending: 'Awaiting approval — cancel the request to change it',
} as const;

/** Why a row offers no Edit or Delete: a lock icon and the reason in words (docs/guides/tracking-time.md#after-approval-and-invoicing). */
export function RecordLockNote({ lock, canReadInvoice }: RecordLockNoteProps) {
  return (
    <span className="inline-flex items-center gap-1 text-xs text-fg-muted">
      <Lock aria-hidden="true" className="size-3.5 shrink-0" />
      {lock.kind === 'invoiced' ? (
        <InvoicedText invoiceId={lock.invoiceId} canRead={canReadInvoice} />
      ) : (
        <span>{LOCK_TEXT[lock.kind]}</span>
      )}
    </span>
  );
}

function InvoicedText({ invoiceId, canRead }: { invoiceId: number; canRead: boolean }) {
  const invoice = useInvoice(invoiceId, canRead);
  if (!canRead || !invoice.data) return <span>Invoiced — locked while it is on an invoice</span>;
  return (
    <span>
      Invoiced on{' '}
      <Link to={`/invoices/${invoiceId}`} className="font-medium underline">
        {invoice.data.number}
      </Link>
    </span>
  );
}
