import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPut } from '@/lib/api-client';
import { invalidateTimeData } from './invalidate-time-data';
import type { TimeEntry, UpdateTimeEntryBody } from './types';

export function updateTimeEntry(id: number, body: UpdateTimeEntryBody): Promise<TimeEntry> {
  return apiPut<TimeEntry>(`/time-entries/${id}`, body);
}

export function useUpdateTimeEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateTimeEntryBody }) => updateTimeEntry(id, body),
    onSuccess: () => invalidateTimeData(queryClient),
  });
}
