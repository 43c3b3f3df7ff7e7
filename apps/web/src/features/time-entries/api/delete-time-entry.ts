import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { invalidateTimeData } from '@/lib/records/record-keys';

export async function deleteTimeEntry(id: number): Promise<void> {
  await ok(api.DELETE('/time-entries/{id}', { params: { path: { id } } }));
}

export function useDeleteTimeEntry() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteTimeEntry, onSuccess: () => invalidateTimeData(queryClient) });
}
