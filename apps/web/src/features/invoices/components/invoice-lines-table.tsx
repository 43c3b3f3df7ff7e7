import { moneyColumn } from '@/components/money/money-column';
import { DataTable } from '@/components/ui/data-table';
import type { InvoiceLine } from '../api/types';

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
        moneyColumn('unit', 'Unit price', (l: InvoiceLine) => l.unit_price, currency),
        moneyColumn('amount', 'Amount', (l: InvoiceLine) => l.amount, currency),
      ]}
    />
  );
}
