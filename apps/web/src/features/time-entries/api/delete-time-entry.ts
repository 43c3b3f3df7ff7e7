import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { timeDataKeys } from '@/lib/records/record-keys';

export async function deleteTimeEntry(id: number): Promise<void> {
  await ok(api.DELETE('/time-entries/{id}', { params: { path: { id } } }));
}

export function useDeleteTimeEntry() {
  return useInvalidatingMutation(deleteTimeEntry, timeDataKeys);
}
