import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost } from '@/lib/api-client';
import { invalidateTimeData } from '@/features/time-entries/api/invalidate-time-data';
import type { TimeEntry } from '@/features/time-entries/api/types';

/** POST /timer/stop → the finished entry; optional notes replace the running entry's notes. 409 when none runs. */
export function stopTimer(body: { notes?: string } = {}): Promise<TimeEntry> {
  return apiPost<TimeEntry>('/timer/stop', body);
}

export function useStopTimer() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: stopTimer, onSettled: () => invalidateTimeData(queryClient) });
}
