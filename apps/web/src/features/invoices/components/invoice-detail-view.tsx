import { useState } from 'react';
import { QueryState } from '@/components/ui/query-state';
import { usePageDetail } from '@/lib/document-title';
import { useDates } from '@/lib/time-settings';
import { useInvoice } from '../api/get-invoice';
import type { Invoice } from '../api/types';
import { formatPeriod } from '../lib/format';
import { InvoiceActions } from './invoice-actions';
import { InvoiceDraftForm } from './invoice-draft-form';
import { InvoiceLinesTable } from './invoice-lines-table';
import { InvoicePayments } from './invoice-payments';
import { InvoiceStatusBadge } from './invoice-status-badge';
import { InvoiceTotals } from './invoice-totals';

/** Why an invoice that is not a draft cannot be changed (docs/guides/invoicing.md). */
const READ_ONLY_REASON: Record<Exclude<Invoice['status'], 'draft'>, string> = {
  sent: 'Sent invoices cannot be changed: record payments, or void it (without payments) and draft a new one.',
  paid: 'Paid invoices cannot be changed.',
  void: 'Void invoices stay on record as they were and cannot be changed.',
};

/** One invoice: header facts, actions, lines (editable on a draft), totals with tax, payments. */
export function InvoiceDetailView({ invoiceId }: { invoiceId: number }) {
  const invoice = useInvoice(invoiceId);
  return (
    <QueryState query={invoice} loadingLabel="Loading the invoice…">
      {(data) => <InvoiceDetail invoice={data} />}
    </QueryState>
  );
}

function InvoiceDetail({ invoice }: { invoice: Invoice }) {
  usePageDetail(invoice.number);
  const dates = useDates();
  const { formatDay } = dates;
  const [editing, setEditing] = useState(false);
  const facts: [string, string][] = [
    ['Client', invoice.client?.name ?? '—'],
    ['Project', invoice.project?.name ?? '—'],
    ['Period', formatPeriod(invoice.period_start, invoice.period_end, dates)],
    ['Issued', formatDay(invoice.issue_date)],
    ['Due', invoice.due_date ? formatDay(invoice.due_date) : '—'],
    ['Currency', invoice.currency],
  ];
  return (
    <article className="space-y-6" aria-labelledby="invoice-title">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 id="invoice-title" className="flex items-center gap-3 text-2xl font-bold tracking-tight text-fg">
            {invoice.number} <InvoiceStatusBadge status={invoice.status} />
          </h1>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-sm text-fg-secondary sm:grid-cols-[auto_1fr_auto_1fr]">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-fg-subtle">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </div>
        {editing ? null : <InvoiceActions invoice={invoice} onEdit={() => setEditing(true)} />}
      </header>
      {invoice.status === 'draft' ? null : <p className="text-sm text-fg-muted">{READ_ONLY_REASON[invoice.status]}</p>}
      {editing && invoice.status === 'draft' ? (
        <section aria-labelledby="edit-title" className="space-y-3">
          <h2 id="edit-title" className="text-lg font-semibold text-fg">
            Edit the draft
          </h2>
          <InvoiceDraftForm invoice={invoice} onDone={() => setEditing(false)} />
        </section>
      ) : (
        <>
          <section aria-label="Lines" className="space-y-4">
            {invoice.lines.length === 0 ? (
              <p className="text-sm text-fg-muted">This invoice has no lines.</p>
            ) : (
              <InvoiceLinesTable lines={invoice.lines} currency={invoice.currency} />
            )}
            <InvoiceTotals invoice={invoice} />
          </section>
          {invoice.notes ? <p className="whitespace-pre-line text-sm text-fg-secondary">{invoice.notes}</p> : null}
        </>
      )}
      <section aria-labelledby="payments-title" className="space-y-2">
        <h2 id="payments-title" className="text-lg font-semibold text-fg">
          Payments
        </h2>
        <InvoicePayments payments={invoice.payments} currency={invoice.currency} />
      </section>
    </article>
  );
}
