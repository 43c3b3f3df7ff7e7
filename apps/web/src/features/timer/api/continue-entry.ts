import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { invalidateTimeData } from '@/lib/records/record-keys';
import type { TimeEntry } from '@/features/time-entries';
import { TIMER_REQUEST_TIMEOUT_MS } from './start-timer';

/**
 * POST /time-entries/{id}/continue → a running timer like the entry (project, task, notes, billable),
 * from now; 409 when a timer already runs (docs/api/time-entries.md#post-time-entriesidcontinue).
 */
export function continueEntry(id: number): Promise<TimeEntry> {
  return ok(api.POST('/time-entries/{id}/continue', { params: { path: { id } }, signal: AbortSignal.timeout(TIMER_REQUEST_TIMEOUT_MS) }));
}

export function useContinueEntry() {
  const queryClient = useQueryClient();
  // Also after a 409: the status then shows the timer that is really running.
  return useMutation({ mutationFn: continueEntry, networkMode: 'always', onSettled: () => invalidateTimeData(queryClient) });
}
