import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ErrorMessage } from '@/components/ui/error-message';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useAccess, useMyPermissions, useProjectAccess } from '@/lib/access';
import { useRequestApproval } from '@/features/approvals';
import { useDeleteTimeEntry } from '../api/delete-time-entry';
import { useTimeEntries } from '../api/get-time-entries';
import type { TimeEntry } from '../api/types';
import { usePeopleFilter } from '@/lib/records/people-options';
import { formatDay, thisWeek, toDateString } from '@/lib/dates';
import { formatDuration } from '@/lib/duration';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { RecordFilters, type RecordFilterValues } from '@/components/records/record-filters';
import { TimeEntriesTable } from './time-entries-table';
import { TimeEntryDialog } from './time-entry-dialog';

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; entry: TimeEntry };

/**
 * The time entry list with its filters (this week by default), add/edit dialog, delete
 * confirmation and pagination. Pass `projectId` to show one project's entries (project pages).
 */
export function TimeEntriesPanel({ projectId }: { projectId?: number }) {
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const week = thisWeek();
  const [filters, setFilters] = useState<RecordFilterValues>({ start_date: week.start, end_date: week.end, project_id: projectId });
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<TimeEntry | null>(null);
  const remove = useDeleteTimeEntry();
  const requestApproval = useRequestApproval();
  const people = usePeopleFilter('view_all_time_entries', 'view_team_time', filters.project_id);
  const fixedProject = useProjectAccess(projectId);
  const query = useTimeEntries({ ...filters, page });
  const canAdd = access.can('create_time_entries') && (projectId === undefined || fixedProject.can('log_own_time'));

  const changeFilters = (next: RecordFilterValues) => {
    setFilters(next);
    setPage(1);
  };
  const confirmDelete = () => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) });

  return (
    <section aria-label="Time entries" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <RecordFilters value={filters} onChange={changeFilters} fixedProject={projectId !== undefined} people={people} me={me} />
        {canAdd ? (
          <Button onClick={() => setEditing({ mode: 'new' })}>
            <Plus aria-hidden="true" className="mr-1 size-4" /> Add time entry
          </Button>
        ) : null}
      </div>
      {requestApproval.isSuccess ? (
        <Alert tone="success">
          Submitted the entry of {formatDay(toDateString(new Date(requestApproval.data.time_entry.start_time)))} for approval; it is locked
          until someone decides. Follow it under{' '}
          <Link to="/approvals?view=mine" className="font-medium underline">
            Approvals
          </Link>
          .
        </Alert>
      ) : null}
      {requestApproval.error ? <ErrorMessage error={requestApproval.error} title="Could not request approval" /> : null}
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
                showUser={people !== null || data.time_entries.some((e) => e.user_id !== me)}
                hideProject={projectId !== undefined}
                onEdit={(entry) => setEditing({ mode: 'edit', entry })}
                onDelete={(entry) => {
                  remove.reset();
                  setDeleting(entry);
                }}
                onRequestApproval={(entry) => requestApproval.mutate({ timeEntryId: entry.id })}
                requestingId={requestApproval.isPending ? requestApproval.variables.timeEntryId : null}
              />
              {data.pagination.pages === 1 ? (
                <p className="mt-3 text-sm font-medium text-slate-700">
                  Total:{' '}
                  <span className="tabular-nums">
                    {formatDuration(data.time_entries.reduce((sum, e) => sum + (e.duration_seconds ?? 0), 0))}
                  </span>{' '}
                  in {data.pagination.total} {data.pagination.total === 1 ? 'entry' : 'entries'}
                </p>
              ) : (
                <Pagination pagination={data.pagination} onPage={setPage} />
              )}
            </>
          )
        }
      </QueryState>
      <TimeEntryDialog
        open={editing.mode !== 'closed'}
        onOpenChange={(open) => !open && setEditing({ mode: 'closed' })}
        entry={editing.mode === 'edit' ? editing.entry : undefined}
        projectId={projectId ?? filters.project_id}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Delete this time entry?"
        confirmLabel="Delete entry"
        onConfirm={confirmDelete}
        pending={remove.isPending}
        error={remove.error}
        pendingLabel="Working…"
        errorTitle="Could not complete this"
      >
        {deleting ? (
          <p>
            The entry of {formatDay(toDateString(new Date(deleting.start_time)))} (
            {deleting.duration_seconds === null ? 'running' : formatDuration(deleting.duration_seconds)}) is removed for good.
          </p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
