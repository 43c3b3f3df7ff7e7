import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { expensesKeys } from './expenses-keys';
import type { Expense, ExpenseBody, ExpenseUpdate } from './types';

export function createExpense(body: ExpenseBody): Promise<Expense> {
  return ok(api.POST('/expenses', { body }));
}

export function updateExpense(id: number, body: ExpenseUpdate): Promise<Expense> {
  return ok(api.PUT('/expenses/{id}', { params: { path: { id } }, body }));
}

/** POST /expenses without an id, PUT /expenses/{id} with one. */
export function useSaveExpense() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: ExpenseBody }) => (id === undefined ? createExpense(body) : updateExpense(id, body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: expensesKeys.all }),
  });
}
