import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useAccess, useMyPermissions, useProjectAccess } from '@/lib/access';
import { usePeopleFilter } from '@/lib/records/people-options';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { RecordFilters, type RecordFilterValues } from '@/components/records/record-filters';
import { formatDay, thisMonth } from '@/lib/dates';
import { useDeleteExpense } from '../api/delete-expense';
import { useExpenses } from '../api/get-expenses';
import type { Expense } from '../api/types';
import { formatMoney, totalsByCurrency } from '@/lib/money';
import { ExpenseForm } from './expense-form';
import { ExpensesTable } from './expenses-table';

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; expense: Expense };

/** Expenses with filters (this month by default), add/edit, delete, pagination. `projectId` fixes the project. */
export function ExpensesPanel({ projectId }: { projectId?: number }) {
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const month = thisMonth();
  const [filters, setFilters] = useState<RecordFilterValues>({ start_date: month.start, end_date: month.end, project_id: projectId });
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<Expense | null>(null);
  const remove = useDeleteExpense();
  const people = usePeopleFilter('view_all_expenses', 'view_team_expenses', filters.project_id);
  const fixedProject = useProjectAccess(projectId);
  const query = useExpenses({ ...filters, page });
  const canAdd = access.can('create_expenses') && (projectId === undefined || fixedProject.can('log_own_expenses'));

  return (
    <section aria-label="Expenses" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <RecordFilters
          value={filters}
          onChange={(next) => {
            setFilters(next);
            setPage(1);
          }}
          fixedProject={projectId !== undefined}
          people={people}
          me={me}
        />
        {canAdd ? (
          <Button onClick={() => setEditing({ mode: 'new' })}>
            <Plus aria-hidden="true" className="mr-1 size-4" /> Add expense
          </Button>
        ) : null}
      </div>
      <QueryState query={query} loadingLabel="Loading expenses…">
        {(data) =>
          data.expenses.length === 0 ? (
            <EmptyState title="No expenses in this period">
              Nothing recorded between {formatDay(filters.start_date)} and {formatDay(filters.end_date)}.
            </EmptyState>
          ) : (
            <>
              <ExpensesTable
                expenses={data.expenses}
                showUser={people !== null || data.expenses.some((e) => e.user_id !== me)}
                hideProject={projectId !== undefined}
                onEdit={(expense) => setEditing({ mode: 'edit', expense })}
                onDelete={(expense) => {
                  remove.reset();
                  setDeleting(expense);
                }}
              />
              {data.pagination.pages === 1 ? (
                <p className="mt-3 text-sm font-medium text-slate-700">
                  Total:{' '}
                  {totalsByCurrency(data.expenses)
                    .map((t) => formatMoney(t.amount, t.currency))
                    .join(' + ')}
                </p>
              ) : (
                <Pagination pagination={data.pagination} onPage={setPage} />
              )}
            </>
          )
        }
      </QueryState>
      <Dialog
        open={editing.mode !== 'closed'}
        onOpenChange={(open) => !open && setEditing({ mode: 'closed' })}
        title={editing.mode === 'edit' ? 'Edit expense' : 'Add expense'}
      >
        {editing.mode !== 'closed' ? (
          <ExpenseForm
            key={editing.mode === 'edit' ? editing.expense.id : 'new'}
            expense={editing.mode === 'edit' ? editing.expense : undefined}
            projectId={projectId ?? filters.project_id}
            onDone={() => setEditing({ mode: 'closed' })}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Delete this expense?"
        confirmLabel="Delete expense"
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
        pending={remove.isPending}
        error={remove.error}
        pendingLabel="Working…"
        errorTitle="Could not complete this"
      >
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
