import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost, apiPut } from '@/lib/api-client';
import { expensesKeys } from './expenses-keys';
import type { Expense, ExpenseBody } from './types';

export function createExpense(body: ExpenseBody): Promise<Expense> {
  return apiPost<Expense>('/expenses', body);
}

export function updateExpense(id: number, body: Partial<ExpenseBody>): Promise<Expense> {
  return apiPut<Expense>(`/expenses/${id}`, body);
}

/** POST /expenses without an id, PUT /expenses/{id} with one. */
export function useSaveExpense() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: ExpenseBody }) => (id === undefined ? createExpense(body) : updateExpense(id, body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: expensesKeys.all }),
  });
}
