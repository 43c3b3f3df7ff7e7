import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { timeDataKeys } from '@/lib/records/record-keys';
import type { TimeEntry, UpdateTimeEntryBody } from './types';

export function updateTimeEntry(id: number, body: UpdateTimeEntryBody): Promise<TimeEntry> {
  return ok(api.PUT('/time-entries/{id}', { params: { path: { id } }, body }));
}

export function useUpdateTimeEntry() {
  return useInvalidatingMutation(({ id, body }: { id: number; body: UpdateTimeEntryBody }) => updateTimeEntry(id, body), timeDataKeys, {
    done: 'Time entry saved',
  });
}
