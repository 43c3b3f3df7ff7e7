import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { timeDataKeys } from '@/lib/records/record-keys';
import type { CreateTimeEntryBody, TimeEntry } from './types';

/**
 * POST /time-entries. The Idempotency-Key makes a double submit (or a retry after a lost answer)
 * return the first entry instead of logging the time twice.
 */
export function createTimeEntry(body: CreateTimeEntryBody, idempotencyKey?: string): Promise<TimeEntry> {
  return ok(api.POST('/time-entries', { body, ...(idempotencyKey ? { params: { header: { 'idempotency-key': idempotencyKey } } } : {}) }));
}

export function useCreateTimeEntry() {
  return useInvalidatingMutation(
    ({ body, idempotencyKey }: { body: CreateTimeEntryBody; idempotencyKey?: string }) => createTimeEntry(body, idempotencyKey),
    timeDataKeys,
    { done: 'Time entry added' },
  );
}
