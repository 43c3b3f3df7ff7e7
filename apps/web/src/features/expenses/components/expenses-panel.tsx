import { RecordFilters } from '@/components/records/record-filters';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { useDates } from '@/lib/time-settings';
import { formatMoney, totalsByCurrency } from '@/lib/money';
import { useListEditing } from '@/lib/records/use-list-editing';
import { useRecordList } from '@/lib/records/use-record-list';
import { useDeleteExpense } from '../api/delete-expense';
import { useExpenses } from '../api/get-expenses';
import type { Expense } from '../api/types';
import { ExpenseForm } from './expense-form';
import { ExpensesTable } from './expenses-table';
import { ListToolbar, ListTotal } from '@/components/records/list-parts';

/** Expenses with filters (this month by default), add/edit, delete, pagination. `projectId` fixes the project. */
export function ExpensesPanel({ projectId }: { projectId?: number }) {
  const { formatDay, thisMonth } = useDates();
  const list = useRecordList('expenses', projectId, thisMonth());
  const { filters, canAdd } = list;
  const query = useExpenses({ ...filters, page: list.page });
  const remove = useDeleteExpense();
  const edit = useListEditing<Expense>(remove);
  const deleting = edit.deleting;

  return (
    <section aria-label="Expenses" className="space-y-4">
      <ListToolbar addLabel="Add expense" onAdd={canAdd ? edit.startNew : undefined}>
        <RecordFilters {...list.filterProps} />
      </ListToolbar>
      <QueryState query={query} loadingLabel="Loading expenses…">
        {(data) =>
          data.expenses.length === 0 ? (
            <EmptyState title="No expenses in this period">
              Nothing recorded between {formatDay(filters.start_date)} and {formatDay(filters.end_date)}.
            </EmptyState>
          ) : (
            <>
              <ExpensesTable expenses={data.expenses} {...list.tableOptions(data.expenses, edit)} />
              <ListTotal pagination={data.pagination} onPage={list.setPage}>
                {totalsByCurrency(data.expenses)
                  .map((t) => formatMoney(t.amount, t.currency))
                  .join(' + ')}
              </ListTotal>
            </>
          )
        }
      </QueryState>
      <Dialog open={edit.isOpen} onOpenChange={edit.onOpenChange} title={edit.edited ? 'Edit expense' : 'Add expense'}>
        {edit.isOpen ? (
          <ExpenseForm
            key={edit.edited?.id ?? 'new'}
            expense={edit.edited}
            projectId={projectId ?? filters.project_id}
            onDone={edit.close}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog {...edit.confirm} title="Delete this expense?" confirmLabel="Delete expense">
        {deleting ? (
          <p>
            The {deleting.category} expense of {formatDay(deleting.date)} ({formatMoney(deleting.amount, deleting.currency)}) is removed for
            good.
          </p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
