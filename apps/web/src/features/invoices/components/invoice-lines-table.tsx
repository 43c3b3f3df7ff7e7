import { DataTable } from '@/components/ui/data-table';
import type { InvoiceLine } from '../api/types';
import { formatMoney } from '@/lib/money';

/** The lines: description, quantity (hours for time), unit price, amount. */
export function InvoiceLinesTable({ lines, currency }: { lines: InvoiceLine[]; currency: string }) {
  return (
    <DataTable
      rows={lines}
      rowKey={(l) => l.id}
      caption="Invoice lines"
      columns={[
        { key: 'description', header: 'Description', cell: (l) => <span className="break-words">{l.description}</span> },
        {
          key: 'quantity',
          header: 'Quantity',
          className: 'text-right tabular-nums',
          cell: (l) => l.quantity.toLocaleString(undefined, { maximumFractionDigits: 2 }),
        },
        {
          key: 'unit',
          header: 'Unit price',
          className: 'text-right tabular-nums whitespace-nowrap',
          cell: (l) => formatMoney(l.unit_price, currency),
        },
        {
          key: 'amount',
          header: 'Amount',
          className: 'text-right tabular-nums whitespace-nowrap',
          cell: (l) => formatMoney(l.amount, currency),
        },
      ]}
    />
  );
}
