import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost } from '@/lib/api-client';
import { invalidateTimeData } from './invalidate-time-data';
import type { CreateTimeEntryBody, TimeEntry } from './types';

/**
 * POST /time-entries. The Idempotency-Key makes a double submit (or a retry after a lost answer)
 * return the first entry instead of logging the time twice.
 */
export function createTimeEntry(body: CreateTimeEntryBody, idempotencyKey?: string): Promise<TimeEntry> {
  return apiPost<TimeEntry>('/time-entries', body, idempotencyKey ? { headers: { 'Idempotency-Key': idempotencyKey } } : undefined);
}

export function useCreateTimeEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateTimeEntryBody; idempotencyKey?: string }) => createTimeEntry(body, idempotencyKey),
    onSuccess: () => invalidateTimeData(queryClient),
  });
}
