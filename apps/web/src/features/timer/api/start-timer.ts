import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { invalidateTimeData } from '@/lib/records/record-keys';
import type { TimeEntry } from '@/features/time-entries';
import type { StartTimerBody } from './types';

/** How long a start may wait for the server before it is reported as unreachable. */
export const TIMER_REQUEST_TIMEOUT_MS = 15_000;

/**
 * POST /timer/start → the running entry; 409 (with `time_entry_id`) when one already runs. A server
 * that does not answer in time fails like one that cannot be reached ("Could not reach the server…").
 */
export function startTimer(body: StartTimerBody): Promise<TimeEntry> {
  return ok(api.POST('/timer/start', { body, signal: AbortSignal.timeout(TIMER_REQUEST_TIMEOUT_MS) }));
}

export function useStartTimer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startTimer,
    // Sent even when the browser believes it is offline: the request fails with a clear error and the
    // button comes back, instead of the mutation waiting, paused, on "Starting…".
    networkMode: 'always',
    // Also after a 409: the status then shows the timer that is really running.
    onSettled: () => invalidateTimeData(queryClient),
  });
}
