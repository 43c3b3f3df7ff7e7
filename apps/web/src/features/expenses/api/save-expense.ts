import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { expensesKeys } from './expenses-keys';
import type { Expense, ExpenseBody } from './types';

/** POST /expenses without an id, PUT /expenses/{id} with one. */
export function saveExpense({ id, body }: { id?: number; body: ExpenseBody }): Promise<Expense> {
  return id === undefined ? ok(api.POST('/expenses', { body })) : ok(api.PUT('/expenses/{id}', { params: { path: { id } }, body }));
}

export function useSaveExpense() {
  return useInvalidatingMutation(saveExpense, [expensesKeys.all], {
    done: (_, { id }) => (id === undefined ? 'Expense added' : 'Expense saved'),
  });
}
