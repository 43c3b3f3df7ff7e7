import { ArrowLeft, Printer } from 'lucide-react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { QueryState } from '@/components/ui/query-state';
import { useSettings } from '@/features/admin-settings';
import { useDates } from '@/lib/time-settings';
import { useInvoice } from '../api/get-invoice';
import type { Invoice } from '../api/types';
import { formatPeriod, formatRate } from '../lib/format';
import { formatMoney } from '@/lib/money';
import { INVOICE_STATUS_LABEL } from './invoice-status-badge';
import { usePageDetail } from '@/lib/document-title';

type Organisation = { name: string; address: string; taxId: string; email: string; logoUrl: string };

/**
 * The invoice as a document to print or save as PDF: the organisation's details (its settings),
 * the client's, the dates in the person's own format, the lines and the totals. The toolbar is
 * hidden in print (`print:hidden`); the page has no app frame around it.
 */
export function InvoicePrintView({ invoiceId }: { invoiceId: number }) {
  const invoice = useInvoice(invoiceId);
  const settings = useSettings();
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 print:max-w-none print:p-0">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link to={`/invoices/${invoiceId}`} className="inline-flex items-center gap-1 text-sm font-medium text-accent-fg hover:underline">
          <ArrowLeft aria-hidden="true" className="size-4" /> Back to the invoice
        </Link>
        <Button onClick={() => window.print()}>
          <Printer aria-hidden="true" className="mr-1 size-4" /> Print or save as PDF
        </Button>
      </div>
      {/* The document waits for the organisation's details too: an invoice is not printed without them. */}
      <QueryState query={settings} loadingLabel="Loading your organisation’s details…">
        {(org) => (
          <QueryState query={invoice} loadingLabel="Loading the invoice…">
            {(data) => (
              <InvoiceDocument
                invoice={data}
                organisation={{
                  name: org.organisation_name,
                  address: org.organisation_address,
                  taxId: org.organisation_tax_id,
                  email: org.organisation_email,
                  logoUrl: org.organisation_logo_url,
                }}
              />
            )}
          </QueryState>
        )}
      </QueryState>
    </div>
  );
}

function InvoiceDocument({ invoice, organisation: org }: { invoice: Invoice; organisation: Organisation }) {
  // Also the name of the file when it is printed to PDF.
  usePageDetail(invoice.number);
  const dates = useDates();
  const money = (n: number) => formatMoney(n, invoice.currency);
  const quantity = new Intl.NumberFormat(dates.settings.locale, { maximumFractionDigits: 2 });
  const facts: [string, string][] = [
    ['Invoice number', invoice.number],
    ['Issue date', dates.formatDay(invoice.issue_date)],
    ...(invoice.due_date ? ([['Due date', dates.formatDay(invoice.due_date)]] as [string, string][]) : []),
    ...(invoice.period_start ? ([['Period', formatPeriod(invoice.period_start, invoice.period_end, dates)]] as [string, string][]) : []),
    ...(invoice.project ? ([['Project', invoice.project.name]] as [string, string][]) : []),
    ['Currency', invoice.currency],
  ];
  return (
    <article
      aria-labelledby="print-title"
      className="space-y-8 rounded-lg bg-white p-8 text-slate-900 shadow-sm ring-1 ring-slate-200 print:p-0 print:shadow-none print:ring-0"
    >
      <header className="flex flex-wrap items-start justify-between gap-6">
        <div className="space-y-1 text-sm">
          {org.logoUrl ? <img src={org.logoUrl} alt={org.name} className="mb-2 max-h-16 max-w-48 object-contain" /> : null}
          <p className="text-lg font-semibold">{org.name}</p>
          {org.address ? <p className="whitespace-pre-line text-slate-700">{org.address}</p> : null}
          {org.email ? <p className="text-slate-700">{org.email}</p> : null}
          {org.taxId ? <p className="text-slate-700">Tax ID: {org.taxId}</p> : null}
        </div>
        <div className="text-right">
          <h1 id="print-title" className="text-3xl font-bold tracking-tight">
            Invoice
          </h1>
          {invoice.status !== 'sent' ? (
            <p className="mt-1 text-sm font-semibold uppercase text-slate-600">{INVOICE_STATUS_LABEL[invoice.status]}</p>
          ) : null}
        </div>
      </header>
      <div className="grid gap-6 sm:grid-cols-2 print:grid-cols-2">
        <section aria-labelledby="bill-to" className="text-sm">
          <h2 id="bill-to" className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
            Bill to
          </h2>
          {invoice.client ? (
            <>
              <p className="font-semibold">{invoice.client.name}</p>
              {invoice.client.address ? <p className="whitespace-pre-line text-slate-700">{invoice.client.address}</p> : null}
              {invoice.client.email ? <p className="text-slate-700">{invoice.client.email}</p> : null}
            </>
          ) : (
            <p className="text-slate-700">No client named</p>
          )}
        </section>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:justify-self-end">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600">{label}</dt>
              <dd className="text-right font-medium">{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <table className="w-full text-sm">
        <caption className="sr-only">Invoice lines</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left text-xs uppercase tracking-wide text-slate-600">
            <th scope="col" className="py-2 pr-2">
              Description
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Quantity
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Unit price
            </th>
            <th scope="col" className="py-2 pl-2 text-right">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((l) => (
            <tr key={l.id} className="break-inside-avoid border-b border-slate-200 align-top">
              <td className="py-2 pr-2 break-words">{l.description}</td>
              <td className="px-2 py-2 text-right tabular-nums">{quantity.format(l.quantity)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{money(l.unit_price)}</td>
              <td className="py-2 pl-2 text-right tabular-nums">{money(l.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl aria-label="Totals" className="ml-auto grid w-full max-w-xs grid-cols-2 gap-x-4 gap-y-1 text-sm">
        <dt>Subtotal</dt>
        <dd className="text-right tabular-nums">{money(invoice.subtotal)}</dd>
        <dt>Tax ({formatRate(invoice.tax_rate)})</dt>
        <dd className="text-right tabular-nums">{money(invoice.tax_amount)}</dd>
        <dt className="border-t border-slate-300 pt-1 font-semibold">Total</dt>
        <dd className="border-t border-slate-300 pt-1 text-right font-semibold tabular-nums">{money(invoice.total)}</dd>
        {invoice.amount_paid > 0 ? (
          <>
            <dt>Paid</dt>
            <dd className="text-right tabular-nums">{money(invoice.amount_paid)}</dd>
            <dt className="font-semibold">Balance due</dt>
            <dd className="text-right font-semibold tabular-nums">{money(invoice.balance)}</dd>
          </>
        ) : null}
      </dl>
      {invoice.notes ? <p className="whitespace-pre-line text-sm text-slate-700">{invoice.notes}</p> : null}
    </article>
  );
}
