import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { invalidateTimeData } from '@/lib/records/record-keys';
import type { TimeEntry } from '@/features/time-entries';
import type { StopTimerBody } from './types';

/** POST /timer/stop → the finished entry; optional notes replace the running entry's notes. 409 when none runs. */
export function stopTimer(body: StopTimerBody = {}): Promise<TimeEntry> {
  return ok(api.POST('/timer/stop', { body }));
}

export function useStopTimer() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: stopTimer, onSettled: () => invalidateTimeData(queryClient) });
}
