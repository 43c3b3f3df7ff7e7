/**
 * A printable HTML rendering of an invoice (print to PDF from the browser): the organisation's
 * details (docs/admin/configuration/README.md) and the client's billing details as on the app's
 * print view. Everything from the database is escaped.
 */
import type { Static } from 'typebox';
import type { Invoice } from './invoices.schemas.js';

type Detail = Static<typeof Invoice>;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const money = (n: number, currency: string) => `${n.toFixed(2)} ${escape(currency)}`;

/** What the organisation prints on its invoices ('' when not set). */
export interface InvoiceIssuer {
  name: string;
  address: string;
  taxId: string;
  email: string;
  logoUrl: string;
}

/** Lines of a multi-line text (an address) as HTML. */
const lines = (s: string) => escape(s).replace(/\r?\n/g, '<br>');

/** Where the logo comes from, or null without a logo (or with an address no browser would load). */
function logoOrigin(issuer: InvoiceIssuer): string | null {
  if (!issuer.logoUrl) return null;
  try {
    return new URL(issuer.logoUrl).origin;
  } catch {
    return null;
  }
}

/** The Content-Security-Policy of the page: inline styles, and images from the logo's origin when there is one. */
export function invoiceHtmlPolicy(issuer: InvoiceIssuer): string {
  const logo = logoOrigin(issuer);
  return `default-src 'none'; style-src 'unsafe-inline'${logo ? `; img-src ${logo}` : ''}`;
}

export function renderInvoiceHtml(inv: Detail, issuer: InvoiceIssuer): string {
  const from = [
    logoOrigin(issuer) ? `<img src="${escape(issuer.logoUrl)}" alt="${escape(issuer.name)}" class="logo">` : '',
    `<div><strong>${escape(issuer.name)}</strong></div>`,
    issuer.address ? `<div>${lines(issuer.address)}</div>` : '',
    issuer.email ? `<div>${escape(issuer.email)}</div>` : '',
    issuer.taxId ? `<div>Tax ID: ${escape(issuer.taxId)}</div>` : '',
  ].filter(Boolean);
  const client = inv.client;
  const billTo = client
    ? [
        `<strong>${escape(client.name)}</strong>`,
        client.address ? `<div>${lines(client.address)}</div>` : '',
        client.email ? `<div>${escape(client.email)}</div>` : '',
      ].filter(Boolean)
    : [];
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
  .from { margin-bottom: 1rem; } .logo { max-height: 4rem; max-width: 12rem; display: block; margin-bottom: .5rem; }
  @media print { body { margin: 0; } }
</style>
</head>
<body>
<header>
  <div class="from">
  ${from.join('\n  ')}
  </div>
  <h1>Invoice ${escape(inv.number)}</h1>
  <p>Status: <span class="status">${escape(inv.status)}</span> · Issued ${escape(inv.issue_date)}${inv.due_date ? ` · Due ${escape(inv.due_date)}` : ''}${
    inv.period_start ? ` · Period ${escape(inv.period_start)} – ${escape(inv.period_end ?? '')}` : ''
  }</p>
  ${billTo.length ? `<div>Bill to:</div><div>${billTo.join('\n')}</div>` : ''}
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
