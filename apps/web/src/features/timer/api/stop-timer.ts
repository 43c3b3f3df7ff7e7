import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { invalidateTimeData } from '@/lib/records/record-keys';
import type { TimeEntry } from '@/features/time-entries';
import { TIMER_REQUEST_TIMEOUT_MS } from './start-timer';
import type { StopTimerBody } from './types';

/** POST /timer/stop → the finished entry; optional notes replace the running entry's notes. 409 when none runs. */
export function stopTimer(body: StopTimerBody = {}): Promise<TimeEntry> {
  return ok(api.POST('/timer/stop', { body, signal: AbortSignal.timeout(TIMER_REQUEST_TIMEOUT_MS) }));
}

export function useStopTimer() {
  const queryClient = useQueryClient();
  // As for a start: an unreachable server is an error to show, never a paused "Stopping…".
  return useMutation({ mutationFn: stopTimer, networkMode: 'always', onSettled: () => invalidateTimeData(queryClient) });
}
