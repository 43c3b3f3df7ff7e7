import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { timeEntriesKeys } from '@/lib/records/record-keys';
import type { TimeEntryFilters, TimeEntryList } from './types';

export function getTimeEntries(filters: TimeEntryFilters, signal?: AbortSignal): Promise<TimeEntryList> {
  return ok(api.GET('/time-entries', { params: { query: filters }, signal }));
}

/** GET /time-entries: the entries the caller may see, newest first; keeps the last page while the next loads. */
export function useTimeEntries(filters: TimeEntryFilters, enabled = true) {
  return useQuery({
    queryKey: timeEntriesKeys.list(filters),
    queryFn: ({ signal }) => getTimeEntries(filters, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
