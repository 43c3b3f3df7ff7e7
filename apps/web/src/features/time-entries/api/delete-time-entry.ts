import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { timeDataKeys } from '@/lib/records/record-keys';
import { createTimeEntry } from './create-time-entry';
import type { CreateTimeEntryBody, TimeEntry } from './types';

export async function deleteTimeEntry(id: number): Promise<void> {
  await ok(api.DELETE('/time-entries/{id}', { params: { path: { id } } }));
}

/**
 * The entry logged again as it was: same person, project, task, start and end (to the second),
 * billable and notes. Only a finished entry can be (a running one is the timer).
 */
export function recreateBody(entry: TimeEntry): CreateTimeEntryBody | undefined {
  if (!entry.end_time) return undefined;
  return {
    user_id: entry.user_id,
    project_id: entry.project_id,
    task_id: entry.task_id ?? null,
    start_time: entry.start_time,
    end_time: entry.end_time,
    billable: entry.billable,
    ...(entry.notes ? { notes: entry.notes } : {}),
  };
}

/** Deletes an entry; the toast's Undo logs it again with the same fields. */
export function useDeleteTimeEntry() {
  return useInvalidatingMutation((entry: TimeEntry) => deleteTimeEntry(entry.id), timeDataKeys, {
    done: 'Time entry deleted',
    undo: (_, entry) => {
      const body = recreateBody(entry);
      return body && { run: () => createTimeEntry(body), done: 'Time entry restored' };
    },
  });
}
