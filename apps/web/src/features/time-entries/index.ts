/**
 * What other features and pages use of time entries. Project pages: `<TimeEntriesPanel projectId={id} />`
 * (filters, add/edit/delete, pagination) or the bare `<TimeEntriesTable entries={…} hideProject />`.
 * Pieces shared with expenses, reports and invoices (project and people options, record filters,
 * query keys) live below the features, in `@/lib/records` and `@/components/records`.
 */
export { TimeEntriesPanel } from './components/time-entries-panel';
export { TimeEntriesTable, type TimeEntriesTableProps } from './components/time-entries-table';
export { TimeEntryDialog } from './components/time-entry-dialog';
export { RecordActions } from './components/record-actions';
export { EXPENSE_RULES, TIME_RULES, recordActions, recordLock, type RecordLock } from './lib/entry-access';
export { RecordLockNote } from './components/record-lock-note';
export { useUpdateTimeEntry } from './api/update-time-entry';
export { useTimeEntries, getTimeEntries } from './api/get-time-entries';
export { timeEntriesKeys } from '@/lib/records/record-keys';
export type { TimeEntry, TimeEntryFilters } from './api/types';
