import { useState } from 'react';
import { DataTable, type Column } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useProjectTimePage } from '../api/get-project-time-entries';
import type { ProjectTimeEntry } from '../api/types';
import { formatDate } from '@/lib/dates';
import { formatHoursLabel } from '@/lib/duration';

const columns: Column<ProjectTimeEntry>[] = [
  {
    key: 'date',
    header: 'Date',
    className: 'whitespace-nowrap',
    cell: (e) => formatDate(e.start_time),
  },
  { key: 'user', header: 'Person', cell: (e) => e.user.name },
  {
    key: 'duration',
    header: 'Duration',
    className: 'whitespace-nowrap text-right',
    cell: (e) => (e.duration_seconds === null ? <span className="text-indigo-700">Running</span> : formatHoursLabel(e.duration_seconds)),
  },
  { key: 'billable', header: 'Billable', cell: (e) => (e.billable ? 'Yes' : 'No') },
  { key: 'notes', header: 'Notes', cell: (e) => <span className="line-clamp-2 min-w-40">{e.notes || '—'}</span> },
];

/** The team's time on the project, newest first, read-only (shown from the view_team_time action). */
export function ProjectTimeTab({ projectId }: { projectId: number }) {
  const [page, setPage] = useState(1);
  const entries = useProjectTimePage(projectId, page);
  return (
    <QueryState query={entries} loadingLabel="Loading time entries…">
      {(data) =>
        data.time_entries.length === 0 ? (
          <EmptyState title="No time logged on this project yet" />
        ) : (
          <>
            <DataTable rows={data.time_entries} columns={columns} rowKey={(e) => e.id} caption="Time logged on this project" />
            <Pagination pagination={data.pagination} onPage={setPage} />
          </>
        )
      }
    </QueryState>
  );
}
