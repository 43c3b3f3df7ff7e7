import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { expensesKeys } from './expenses-keys';

export async function deleteExpense(id: number): Promise<void> {
  await ok(api.DELETE('/expenses/{id}', { params: { path: { id } } }));
}

export function useDeleteExpense() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteExpense, onSuccess: () => queryClient.invalidateQueries({ queryKey: expensesKeys.all }) });
}
