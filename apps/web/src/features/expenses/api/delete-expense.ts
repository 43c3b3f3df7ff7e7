import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { expensesKeys } from './expenses-keys';
import { saveExpense } from './save-expense';
import type { Expense } from './types';

export async function deleteExpense(id: number): Promise<void> {
  await ok(api.DELETE('/expenses/{id}', { params: { path: { id } } }));
}

/** Deletes an expense; the toast's Undo records it again with the same fields. */
export function useDeleteExpense() {
  return useInvalidatingMutation((expense: Expense) => deleteExpense(expense.id), [expensesKeys.all], {
    done: 'Expense deleted',
    undo: (_, e) => ({
      run: () =>
        saveExpense({
          body: {
            user_id: e.user_id,
            project_id: e.project_id,
            date: e.date,
            amount: e.amount,
            currency: e.currency,
            category: e.category,
            billable: e.billable,
            ...(e.description ? { description: e.description } : {}),
          },
        }),
      done: 'Expense restored',
    }),
  });
}
