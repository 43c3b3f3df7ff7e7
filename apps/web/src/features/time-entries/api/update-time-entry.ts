import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { invalidateTimeData } from '@/lib/records/record-keys';
import type { TimeEntry, UpdateTimeEntryBody } from './types';

export function updateTimeEntry(id: number, body: UpdateTimeEntryBody): Promise<TimeEntry> {
  return ok(api.PUT('/time-entries/{id}', { params: { path: { id } }, body }));
}

export function useUpdateTimeEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateTimeEntryBody }) => updateTimeEntry(id, body),
    onSuccess: () => invalidateTimeData(queryClient),
  });
}
