/**
 * What other features and pages use of time entries. Project pages: `<TimeEntriesPanel projectId={id} />`
 * (filters, add/edit/delete, pagination) or the bare `<TimeEntriesTable entries={…} hideProject />`.
 */
export { TimeEntriesPanel } from './components/time-entries-panel';
export { TimeEntriesTable, type TimeEntriesTableProps } from './components/time-entries-table';
export { TimeEntryDialog } from './components/time-entry-dialog';
export { useTimeEntries, getTimeEntries } from './api/get-time-entries';
export { timeEntriesKeys } from './api/time-entries-keys';
export { useProjectOptions, useProjectsAllowing, type ProjectOption } from './api/get-project-options';
export type { TimeEntry, TimeEntryFilters } from './api/types';
