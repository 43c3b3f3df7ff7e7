import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { invalidateTimeData } from '@/lib/records/record-keys';
import type { TimeEntry } from '@/features/time-entries';
import type { StartTimerBody } from './types';

/** POST /timer/start → the running entry; 409 (with `time_entry_id`) when one already runs. */
export function startTimer(body: StartTimerBody): Promise<TimeEntry> {
  return ok(api.POST('/timer/start', { body }));
}

export function useStartTimer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startTimer,
    // Also after a 409: the status then shows the timer that is really running.
    onSettled: () => invalidateTimeData(queryClient),
  });
}
