import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ErrorMessage } from '@/components/ui/error-message';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { RecordFilters } from '@/components/records/record-filters';
import { useRequestApproval } from '@/features/approvals';
import { useDates } from '@/lib/time-settings';
import { formatDuration } from '@/lib/duration';
import { useListEditing } from '@/lib/records/use-list-editing';
import { useRecordList } from '@/lib/records/use-record-list';
import { useDeleteTimeEntry } from '../api/delete-time-entry';
import { useTimeEntries } from '../api/get-time-entries';
import type { TimeEntry } from '../api/types';
import { TimeEntriesTable } from './time-entries-table';
import { TimeEntryDialog } from './time-entry-dialog';
import { ListToolbar, ListTotal } from '@/components/records/list-parts';

interface TimeEntriesPanelProps {
  projectId?: number;
  /** More buttons for each row (the time entries page's Continue, from the timer feature). */
  moreActions?: ((entry: TimeEntry) => ReactNode) | undefined;
  /** What those buttons have to say (e.g. why Continue was refused). */
  actionsNotice?: ReactNode;
}

/**
 * The time entry list with its filters (this week by default), add/edit dialog, delete
 * confirmation and pagination. Pass `projectId` to show one project's entries (project pages).
 */
export function TimeEntriesPanel({ projectId, moreActions, actionsNotice = null }: TimeEntriesPanelProps) {
  const { formatDay, dayOf, thisWeek } = useDates();
  const list = useRecordList('time', projectId, thisWeek());
  const { filters, canAdd } = list;
  const query = useTimeEntries({ ...filters, page: list.page });
  const remove = useDeleteTimeEntry();
  const edit = useListEditing<TimeEntry>(remove);
  const deleting = edit.deleting;
  const requestApproval = useRequestApproval();

  return (
    <section aria-label="Time entries" className="space-y-4">
      <ListToolbar addLabel="Add time entry" onAdd={canAdd ? edit.startNew : undefined}>
        <RecordFilters {...list.filterProps} />
      </ListToolbar>
      {requestApproval.isSuccess ? (
        <Alert tone="success">
          Submitted the entry of {formatDay(dayOf(requestApproval.data.time_entry.start_time))} for approval; it is locked until someone
          decides. Follow it under{' '}
          <Link to="/approvals?view=mine" className="font-medium underline">
            Approvals
          </Link>
          .
        </Alert>
      ) : null}
      {requestApproval.error ? <ErrorMessage error={requestApproval.error} title="Could not request approval" /> : null}
      {actionsNotice}
      <QueryState query={query} loadingLabel="Loading time entries…">
        {(data) =>
          data.time_entries.length === 0 ? (
            <EmptyState title="No time entries in this period">
              Nothing logged between {formatDay(filters.start_date)} and {formatDay(filters.end_date)}
              {canAdd ? ' — start the timer or add an entry.' : '.'}
            </EmptyState>
          ) : (
            <>
              <TimeEntriesTable
                entries={data.time_entries}
                {...list.tableOptions(data.time_entries, edit)}
                onRequestApproval={(entry) => requestApproval.mutate({ timeEntryId: entry.id })}
                requestingId={requestApproval.isPending ? requestApproval.variables.timeEntryId : null}
                moreActions={moreActions}
              />
              <ListTotal pagination={data.pagination} onPage={list.setPage}>
                <span className="tabular-nums">
                  {formatDuration(data.time_entries.reduce((sum, e) => sum + (e.duration_seconds ?? 0), 0))}
                </span>{' '}
                in {data.pagination.total} {data.pagination.total === 1 ? 'entry' : 'entries'}
              </ListTotal>
            </>
          )
        }
      </QueryState>
      <TimeEntryDialog
        open={edit.isOpen}
        onOpenChange={edit.onOpenChange}
        entry={edit.edited}
        projectId={projectId ?? filters.project_id}
      />
      <ConfirmDialog {...edit.confirm} title="Delete this time entry?" confirmLabel="Delete entry">
        {deleting ? (
          <p>
            The entry of {formatDay(dayOf(deleting.start_time))} (
            {deleting.duration_seconds === null ? 'running' : formatDuration(deleting.duration_seconds)}) is removed for good.
          </p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
