import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiDelete } from '@/lib/api-client';
import { invalidateTimeData } from './invalidate-time-data';

export function deleteTimeEntry(id: number): Promise<void> {
  return apiDelete<void>(`/time-entries/${id}`);
}

export function useDeleteTimeEntry() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteTimeEntry, onSuccess: () => invalidateTimeData(queryClient) });
}
