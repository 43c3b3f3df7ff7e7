import { moneyColumn } from '@/components/money/money-column';
import { DataTable } from '@/components/ui/data-table';
import { useDates } from '@/lib/time-settings';
import type { Payment } from '../api/types';

export function InvoicePayments({ payments, currency }: { payments: Payment[]; currency: string }) {
  const { formatDay } = useDates();
  if (payments.length === 0) return <p className="text-sm text-fg-muted">No payments recorded.</p>;
  return (
    <DataTable
      rows={payments}
      rowKey={(p) => p.id}
      caption="Payments"
      columns={[
        { key: 'date', header: 'Paid on', cell: (p) => <span className="whitespace-nowrap">{formatDay(p.paid_on)}</span> },
        moneyColumn('amount', 'Amount', (p: Payment) => p.amount, currency),
        { key: 'method', header: 'Method', cell: (p) => p.method || '—' },
        { key: 'note', header: 'Note', cell: (p) => p.note || '—' },
      ]}
    />
  );
}
