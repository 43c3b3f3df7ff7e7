import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { timerKeys } from '@/lib/records/record-keys';
import type { TimeEntry } from '@/features/time-entries';
import { TIMER_REQUEST_TIMEOUT_MS } from './start-timer';
import type { TimerStatus, UpdateTimerBody } from './types';

/** PATCH /timer → the running entry, changed (docs/api/time-entries.md#patch-timer); 404 when none runs. */
export function updateTimer(body: UpdateTimerBody): Promise<TimeEntry> {
  return ok(api.PATCH('/timer', { body, signal: AbortSignal.timeout(TIMER_REQUEST_TIMEOUT_MS) }));
}

/**
 * Saves changes to the running timer one after the other (a later save never lands before an
 * earlier one), and keeps the cached status in step with the answer.
 */
export function useUpdateTimer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTimer,
    networkMode: 'always',
    scope: { id: 'timer-update' },
    onSuccess: (entry) =>
      queryClient.setQueryData<TimerStatus>(timerKeys.status(), (status) =>
        status?.time_entry?.id === entry.id ? { ...status, time_entry: entry } : status,
      ),
  });
}
