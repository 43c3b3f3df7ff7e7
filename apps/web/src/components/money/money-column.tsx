import type { Column } from '@/components/ui/data-table';
import { formatMoney } from '@/lib/money';

/**
 * A right-aligned amount column of a DataTable: `moneyColumn('total', 'Total', (i) => i.total, (i) => i.currency)`.
 * `amount` may answer null for a row without one (shown as a dash); `currency` is one code for the whole table or per row.
 */
export function moneyColumn<T>(
  key: string,
  header: string,
  amount: (row: T) => number | null,
  currency: string | ((row: T) => string),
): Column<T> {
  return {
    key,
    header,
    className: 'text-right tabular-nums whitespace-nowrap',
    cell: (row) => {
      const value = amount(row);
      return value === null ? '—' : formatMoney(value, typeof currency === 'string' ? currency : currency(row));
    },
  };
}
