import { timeEntriesKeys } from '@/lib/records/record-keys';

/**
 * Under the time entries' key space: any change to an entry (the list, the timer, approvals)
 * invalidates `timeEntriesKeys.all`, and with it the week shown here.
 */
export const timesheetKeys = {
  all: [...timeEntriesKeys.all, 'timesheet'] as const,
  week: (week: string) => [...timesheetKeys.all, week] as const,
};
