import type { Column } from '@/components/ui/data-table';
import { useProjectTimePage } from '../api/get-project-time-entries';
import type { ProjectTimeEntry } from '../api/types';
import { PagedTableTab } from './paged-table-tab';
import type { Dates } from '@/lib/dates';
import { useDates } from '@/lib/time-settings';
import { formatHoursLabel } from '@/lib/duration';

const columnsFor = ({ formatDate }: Dates): Column<ProjectTimeEntry>[] => [
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
    cell: (e) => (e.duration_seconds === null ? <span className="text-accent-fg">Running</span> : formatHoursLabel(e.duration_seconds)),
  },
  { key: 'billable', header: 'Billable', cell: (e) => (e.billable ? 'Yes' : 'No') },
  { key: 'notes', header: 'Notes', cell: (e) => <span className="line-clamp-2 min-w-40">{e.notes || '—'}</span> },
];

/** The team's time on the project, newest first, read-only (shown from the view_team_time action). */
export function ProjectTimeTab({ projectId }: { projectId: number }) {
  const dates = useDates();
  return (
    <PagedTableTab
      projectId={projectId}
      usePage={useProjectTimePage}
      rowsOf={(data) => data.time_entries}
      columns={columnsFor(dates)}
      caption="Time logged on this project"
      loadingLabel="Loading time entries…"
      emptyTitle="No time logged on this project yet"
    />
  );
}
