import type { Invoice } from '../api/types';
import { formatRate } from '../lib/format';
import { formatMoney } from '@/lib/money';

/** Subtotal, tax, total, paid and balance, as the printable page shows them. */
export function InvoiceTotals({ invoice }: { invoice: Invoice }) {
  const rows: [string, number][] = [
    ['Subtotal', invoice.subtotal],
    [`Tax (${formatRate(invoice.tax_rate)})`, invoice.tax_amount],
    ['Total', invoice.total],
    ['Paid', invoice.amount_paid],
    ['Balance', invoice.balance],
  ];
  return (
    <dl aria-label="Totals" className="ml-auto grid w-full max-w-xs grid-cols-2 gap-x-4 gap-y-1 text-sm">
      {rows.map(([label, amount]) => (
        <div key={label} className={`contents ${label === 'Total' ? 'font-semibold text-fg' : 'text-fg-secondary'}`}>
          <dt>{label}</dt>
          <dd className="text-right tabular-nums">{formatMoney(amount, invoice.currency)}</dd>
        </div>
      ))}
    </dl>
  );
}
