import { useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { timerKeys } from '@/lib/records/record-keys';
import type { TimerStatus } from './types';

export function getTimerStatus(signal?: AbortSignal): Promise<TimerStatus> {
  return ok(api.GET('/timer/status', { signal }));
}

/**
 * GET /timer/status. Refetched when the window regains focus, so a timer started or stopped in
 * another tab or through the API shows up without a reload.
 */
export function useTimerStatus(enabled = true) {
  return useQuery({ queryKey: timerKeys.status(), queryFn: ({ signal }) => getTimerStatus(signal), enabled, refetchOnWindowFocus: true });
}
