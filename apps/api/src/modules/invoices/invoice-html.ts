/**
 * A printable HTML rendering of an invoice (print to PDF from the browser). Everything from the
 * database is escaped.
 */
import type { Static } from 'typebox';
import type { Invoice } from './invoices.schemas.js';

type Detail = Static<typeof Invoice>;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const money = (n: number, currency: string) => `${n.toFixed(2)} ${escape(currency)}`;

export function renderInvoiceHtml(inv: Detail, organisation: string): string {
  const rows = inv.lines
    .map(
      (l) =>
        `<tr><td>${l.position}</td><td>${escape(l.description)}</td><td class="n">${l.quantity.toFixed(2)}</td><td class="n">${money(l.unit_price, inv.currency)}</td><td class="n">${money(l.amount, inv.currency)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Invoice ${escape(inv.number)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem; color: #0f172a; }
  h1 { margin: 0 0 .25rem; } .muted { color: #64748b; }
  table { width: 100%; border-collapse: collapse; margin-top: 1.5rem; }
  th, td { border-bottom: 1px solid #e2e8f0; padding: .4rem; text-align: left; vertical-align: top; }
  .n { text-align: right; white-space: nowrap; }
  .totals td { border: none; } .status { text-transform: uppercase; font-weight: 600; }
  @media print { body { margin: 0; } }
</style>
</head>
<body>
<header>
  <h1>Invoice ${escape(inv.number)}</h1>
  <div class="muted">${escape(organisation)}</div>
  <p>Status: <span class="status">${escape(inv.status)}</span> · Issued ${escape(inv.issue_date)}${inv.due_date ? ` · Due ${escape(inv.due_date)}` : ''}${
    inv.period_start ? ` · Period ${escape(inv.period_start)} – ${escape(inv.period_end ?? '')}` : ''
  }</p>
  ${inv.client ? `<p>Bill to: <strong>${escape(inv.client.name)}</strong></p>` : ''}
  ${inv.project ? `<p>Project: ${escape(inv.project.name)}</p>` : ''}
</header>
<table>
<thead><tr><th>#</th><th>Description</th><th class="n">Qty</th><th class="n">Unit price</th><th class="n">Amount</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot class="totals">
<tr><td colspan="4" class="n">Subtotal</td><td class="n">${money(inv.subtotal, inv.currency)}</td></tr>
<tr><td colspan="4" class="n">Tax (${inv.tax_rate.toFixed(2)} %)</td><td class="n">${money(inv.tax_amount, inv.currency)}</td></tr>
<tr><td colspan="4" class="n"><strong>Total</strong></td><td class="n"><strong>${money(inv.total, inv.currency)}</strong></td></tr>
<tr><td colspan="4" class="n">Paid</td><td class="n">${money(inv.amount_paid, inv.currency)}</td></tr>
<tr><td colspan="4" class="n">Balance</td><td class="n">${money(inv.balance, inv.currency)}</td></tr>
</tfoot>
</table>
${inv.notes ? `<p>${escape(inv.notes)}</p>` : ''}
</body>
</html>`;
}
