import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiDelete } from '@/lib/api-client';
import { expensesKeys } from './expenses-keys';

export function deleteExpense(id: number): Promise<void> {
  return apiDelete<void>(`/expenses/${id}`);
}

export function useDeleteExpense() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteExpense, onSuccess: () => queryClient.invalidateQueries({ queryKey: expensesKeys.all }) });
}
