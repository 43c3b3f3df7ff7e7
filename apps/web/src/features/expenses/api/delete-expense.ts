import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { expensesKeys } from './expenses-keys';

export async function deleteExpense(id: number): Promise<void> {
  await ok(api.DELETE('/expenses/{id}', { params: { path: { id } } }));
}

export function useDeleteExpense() {
  return useInvalidatingMutation(deleteExpense, [expensesKeys.all]);
}
