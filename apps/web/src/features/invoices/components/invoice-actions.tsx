import { Ban, Banknote, Pencil, Printer, Send, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useAccess, useProjectAccess } from '@/lib/access';
import { useDeleteInvoice } from '../api/delete-invoice';
import { useSendInvoice } from '../api/send-invoice';
import type { Invoice } from '../api/types';
import { formatMoney } from '@/lib/money';
import { RecordPaymentDialog } from './record-payment-dialog';

type Confirming = 'send' | 'void' | 'delete' | null;

const linkButton =
  'inline-flex items-center justify-center rounded-md bg-surface px-3 py-2 text-sm font-semibold text-fg shadow-sm ring-1 ring-inset ring-line-strong hover:bg-surface-muted';

/**
 * What may be done with the invoice now: each action needs its account permission, the status
 * it applies to and — for an invoice of one project — the invoice action (≥ edit_financials) there.
 */
export function InvoiceActions({ invoice, onEdit }: { invoice: Invoice; onEdit?: () => void }) {
  const access = useAccess();
  const project = useProjectAccess(invoice.project_id ?? undefined);
  const navigate = useNavigate();
  const send = useSendInvoice();
  const remove = useDeleteInvoice();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [paying, setPaying] = useState(false);
  const onProject = invoice.project_id === null || project.can('invoice');
  const draft = invoice.status === 'draft';
  const sent = invoice.status === 'sent';
  const may = {
    edit: draft && onProject && access.can('edit_invoices'),
    send: draft && onProject && access.can('send_invoices'),
    delete: draft && onProject && access.can('delete_invoices'),
    void: sent && invoice.amount_paid === 0 && onProject && access.can('delete_invoices'),
    pay: sent && onProject && access.can('manage_payments'),
  };

  const open = (what: Confirming) => {
    send.reset();
    remove.reset();
    setConfirming(what);
  };
  const confirm = () => {
    if (confirming === 'send') send.mutate(invoice.id, { onSuccess: () => setConfirming(null) });
    if (confirming === 'void') remove.mutate(invoice.id, { onSuccess: () => setConfirming(null) });
    if (confirming === 'delete') remove.mutate(invoice.id, { onSuccess: () => navigate('/invoices', { replace: true }) });
  };
  const dialog = {
    send: {
      title: `Send ${invoice.number}?`,
      label: 'Mark as sent',
      tone: 'primary' as const,
      text: `The draft is frozen and marked as sent, with a total of ${formatMoney(invoice.total, invoice.currency)}. Timekeeper sends no email: send the printable page yourself.`,
    },
    void: {
      title: `Void ${invoice.number}?`,
      label: 'Void invoice',
      tone: 'danger' as const,
      text: 'It stays on record as void; its time entries and expenses become billable again.',
    },
    delete: {
      title: `Delete the draft ${invoice.number}?`,
      label: 'Delete draft',
      tone: 'danger' as const,
      text: 'The draft is removed; its time entries and expenses become billable again.',
    },
  };
  const current = confirming ? dialog[confirming] : null;

  return (
    <div className="flex flex-wrap gap-2">
      <Link to={`/invoices/${invoice.id}/print`} className={linkButton}>
        <Printer aria-hidden="true" className="mr-1 size-4" /> Print view
      </Link>
      {may.edit && onEdit ? (
        <Button variant="secondary" onClick={onEdit}>
          <Pencil aria-hidden="true" className="mr-1 size-4" /> Edit draft
        </Button>
      ) : null}
      {may.send ? (
        <Button onClick={() => open('send')}>
          <Send aria-hidden="true" className="mr-1 size-4" /> Send
        </Button>
      ) : null}
      {may.pay ? (
        <Button onClick={() => setPaying(true)}>
          <Banknote aria-hidden="true" className="mr-1 size-4" /> Record payment
        </Button>
      ) : null}
      {may.void ? (
        <Button variant="danger" onClick={() => open('void')}>
          <Ban aria-hidden="true" className="mr-1 size-4" /> Void
        </Button>
      ) : null}
      {may.delete ? (
        <Button variant="danger" onClick={() => open('delete')}>
          <Trash2 aria-hidden="true" className="mr-1 size-4" /> Delete draft
        </Button>
      ) : null}
      <ConfirmDialog
        open={current !== null}
        onOpenChange={(o) => !o && setConfirming(null)}
        title={current?.title ?? ''}
        confirmLabel={current?.label ?? ''}
        tone={current?.tone}
        onConfirm={confirm}
        pending={send.isPending || remove.isPending}
        error={confirming === 'send' ? send.error : remove.error}
      >
        <p>{current?.text}</p>
      </ConfirmDialog>
      {may.pay ? <RecordPaymentDialog key={invoice.balance} invoice={invoice} open={paying} onOpenChange={setPaying} /> : null}
    </div>
  );
}
