import { moneyColumn } from '@/components/money/money-column';
import { Link } from 'react-router';
import { DataTable, type Column } from '@/components/ui/data-table';
import type { InvoiceSummary } from '../api/types';
import { formatPeriod } from '../lib/format';
import { useDates } from '@/lib/time-settings';
import { InvoiceStatusBadge } from './invoice-status-badge';

interface InvoicesTableProps {
  invoices: InvoiceSummary[];
  /** Names by id; an id missing here (not visible to the caller) is shown as a number. */
  clientNames: ReadonlyMap<number, string>;
  projectNames: ReadonlyMap<number, string>;
}

const billedTo = (i: InvoiceSummary, clients: ReadonlyMap<number, string>, projects: ReadonlyMap<number, string>) => {
  const client = i.client_id === null ? null : (clients.get(i.client_id) ?? `Client ${i.client_id}`);
  const project = i.project_id === null ? null : (projects.get(i.project_id) ?? `Project ${i.project_id}`);
  return [client, project].filter(Boolean).join(' · ') || '—';
};

/** Number (links to the invoice), client / project, period, status, total and balance. */
const currencyOf = (i: InvoiceSummary) => i.currency;

export function InvoicesTable({ invoices, clientNames, projectNames }: InvoicesTableProps) {
  const dates = useDates();
  const columns: Column<InvoiceSummary>[] = [
    {
      key: 'number',
      header: 'Number',
      card: 'title',
      cell: (i) => (
        <Link to={`/invoices/${i.id}`} className="font-medium whitespace-nowrap text-accent-fg hover:underline">
          {i.number}
        </Link>
      ),
    },
    { key: 'billed', header: 'Client / project', card: 'subtitle', cell: (i) => billedTo(i, clientNames, projectNames) },
    {
      key: 'period',
      header: 'Period',
      card: 'meta',
      cell: (i) => <span className="whitespace-nowrap">{formatPeriod(i.period_start, i.period_end, dates)}</span>,
    },
    { key: 'status', header: 'Status', card: 'status', cell: (i) => <InvoiceStatusBadge status={i.status} /> },
    { ...moneyColumn('total', 'Total', (i) => i.total, currencyOf), card: 'aside' },
    moneyColumn('balance', 'Balance', (i) => (i.status === 'void' ? null : i.balance), currencyOf),
  ];
  return <DataTable rows={invoices} columns={columns} rowKey={(i) => i.id} caption="Invoices" />;
}
