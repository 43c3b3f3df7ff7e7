import type { ApiBody, ApiData, ApiQuery, ItemOf } from '@/lib/api/types';

export type TimeEntryList = ApiData<'/time-entries', 'get'>;
/** A time entry (docs/api/time-entries.md); `end_time` and `duration_seconds` are null while it runs. */
export type TimeEntry = ItemOf<TimeEntryList['time_entries']>;
export type TimeEntryFilters = ApiQuery<'/time-entries', 'get'>;
/** POST /time-entries: give end_time or duration_seconds. */
export type CreateTimeEntryBody = ApiBody<'/time-entries', 'post'>;
/** PUT /time-entries/{id}: any subset (a running entry takes only notes and task_id). */
export type UpdateTimeEntryBody = ApiBody<'/time-entries/{id}', 'put'>;
