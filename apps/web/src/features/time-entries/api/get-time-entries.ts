import { api, ok } from '@/lib/api-client';
import { usePageQuery } from '@/lib/page-query';
import { timeEntriesKeys } from '@/lib/records/record-keys';
import type { TimeEntryFilters, TimeEntryList } from './types';

export function getTimeEntries(filters: TimeEntryFilters, signal?: AbortSignal): Promise<TimeEntryList> {
  return ok(api.GET('/time-entries', { params: { query: filters }, signal }));
}

/** GET /time-entries: the entries the caller may see, newest first; keeps the last page while the next loads. */
export function useTimeEntries(filters: TimeEntryFilters, enabled = true) {
  return usePageQuery(timeEntriesKeys.list(filters), (signal) => getTimeEntries(filters, signal), enabled);
}
