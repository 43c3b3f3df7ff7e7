import { moneyColumn } from '@/components/money/money-column';
import { billableColumn, clampedTextColumn, projectColumn } from '@/components/records/record-columns';
import { DataTable, type Column } from '@/components/ui/data-table';
import { EXPENSE_RULES, RecordActions } from '@/features/time-entries';
import { useProjectOptions } from '@/lib/records/project-options';
import type { RecordTableOptions } from '@/lib/records/record-table';
import { useDates } from '@/lib/time-settings';
import type { Expense } from '../api/types';
import { formatMoney } from '@/lib/money';

export interface ExpensesTableProps extends RecordTableOptions<Expense> {
  expenses: Expense[];
}

/** Expenses as a table: date, project, category, description, amount with currency, billable. */
export function ExpensesTable({ expenses, showUser = false, hideProject = false, onEdit, onDelete }: ExpensesTableProps) {
  const { formatDay } = useDates();
  const projects = useProjectOptions();
  const columns: Column<Expense>[] = [
    { key: 'date', header: 'Date', card: 'meta', cell: (e) => <span className="whitespace-nowrap">{formatDay(e.date)}</span> },
    ...projectColumn<Expense>(projects, hideProject),
    { key: 'category', header: 'Category', card: 'meta', cell: (e) => <span className="capitalize">{e.category}</span> },
    clampedTextColumn<Expense>('description', 'Description', (e) => e.description),
    ...(showUser ? [{ key: 'user', header: 'Person', card: 'meta' as const, cell: (e: Expense) => e.user.name }] : []),
    {
      ...moneyColumn(
        'amount',
        'Amount',
        (e) => e.amount,
        (e) => e.currency,
      ),
      card: 'aside',
    },
    billableColumn<Expense>(),
  ];
  if (onEdit || onDelete) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      card: 'actions',
      cell: (e) => (
        <RecordActions
          rules={EXPENSE_RULES}
          record={e}
          what={`expense of ${formatDay(e.date)}, ${formatMoney(e.amount, e.currency)}`}
          onEdit={onEdit && (() => onEdit(e))}
          onDelete={onDelete && (() => onDelete(e))}
        />
      ),
    });
  }
  return <DataTable rows={expenses} columns={columns} rowKey={(e) => e.id} caption="Expenses" />;
}
