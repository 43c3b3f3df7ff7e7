import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost } from '@/lib/api-client';
import { invalidateTimeData } from '@/features/time-entries/api/invalidate-time-data';
import type { TimeEntry } from '@/features/time-entries/api/types';

export interface StartTimerBody {
  project_id: number;
  task_id?: number | null;
  notes?: string;
}

/** POST /timer/start → the running entry; 409 (with `time_entry_id`) when one already runs. */
export function startTimer(body: StartTimerBody): Promise<TimeEntry> {
  return apiPost<TimeEntry>('/timer/start', body);
}

export function useStartTimer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startTimer,
    // Also after a 409: the status then shows the timer that is really running.
    onSettled: () => invalidateTimeData(queryClient),
  });
}
