import type { TimeEntryFilters } from './types';

/** Query keys of time entries; every change to an entry invalidates `timeEntriesKeys.all`. */
export const timeEntriesKeys = {
  all: ['time-entries'] as const,
  list: (filters: TimeEntryFilters) => [...timeEntriesKeys.all, 'list', filters] as const,
};
