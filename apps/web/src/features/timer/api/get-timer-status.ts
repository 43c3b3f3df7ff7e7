import { useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import type { TimeEntry } from '@/features/time-entries/api/types';
import { timerKeys } from './timer-keys';

export interface TimerStatus {
  running: boolean;
  time_entry: TimeEntry | null;
  /** Seconds since the start, by the server's clock at the time of the answer. */
  elapsed_seconds: number | null;
}

export function getTimerStatus(signal?: AbortSignal): Promise<TimerStatus> {
  return apiGet<TimerStatus>('/timer/status', { signal });
}

/**
 * GET /timer/status. Refetched when the window regains focus, so a timer started or stopped in
 * another tab or through the API shows up without a reload.
 */
export function useTimerStatus(enabled = true) {
  return useQuery({ queryKey: timerKeys.status(), queryFn: ({ signal }) => getTimerStatus(signal), enabled, refetchOnWindowFocus: true });
}
