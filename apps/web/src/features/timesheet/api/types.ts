import type { ApiBody, ApiData, ItemOf } from '@/lib/api/types';

/** The week as GET, PUT /timesheet and POST /timesheet/copy-previous-week answer it (docs/api/timesheet.md). */
export type Timesheet = ApiData<'/timesheet', 'get'>;
/** One project/task row of the week. */
export type TimesheetRow = ItemOf<Timesheet['rows']>;
/** One day of a row: its seconds, the entries it adds up and whether it holds locked ones. */
export type TimesheetCell = ItemOf<TimesheetRow['days']>;
/** PUT /timesheet: the rows to set, each with seven day totals in seconds. */
export type PutTimesheetBody = ApiBody<'/timesheet', 'put'>;
