/** The weekly timesheet page (docs/guides/tracking-time.md#weekly-timesheet, docs/api/timesheet.md). */
export { TimesheetPanel } from './components/timesheet-panel';
export { useTimesheet, getTimesheet } from './api/get-timesheet';
export { timesheetKeys } from './api/timesheet-keys';
export type { Timesheet, TimesheetRow } from './api/types';
export { weekRangeLabel } from './lib/grid';
