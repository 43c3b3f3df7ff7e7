import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { Column } from '@/components/ui/data-table';
import { useProjectTaskPage } from '../api/get-project-tasks';
import type { ProjectTask } from '../api/types';
import { PagedTableTab } from './paged-table-tab';

const STATUS = {
  todo: { label: 'To do', tone: 'gray' },
  in_progress: { label: 'In progress', tone: 'blue' },
  done: { label: 'Done', tone: 'green' },
} satisfies Record<ProjectTask['status'], { label: string; tone: BadgeTone }>;

const columns: Column<ProjectTask>[] = [
  { key: 'name', header: 'Task', cell: (t) => <span className="font-medium">{t.name}</span> },
  { key: 'status', header: 'Status', cell: (t) => <Badge tone={STATUS[t.status].tone}>{STATUS[t.status].label}</Badge> },
  { key: 'assignee', header: 'Assignee', cell: (t) => t.assignee?.name ?? <span className="text-fg-subtle">Unassigned</span> },
  { key: 'due', header: 'Due', cell: (t) => t.due_date ?? '—' },
];

/** The project's tasks, read-only (the Tasks page manages them). */
export function ProjectTasksTab({ projectId }: { projectId: number }) {
  return (
    <PagedTableTab
      projectId={projectId}
      usePage={useProjectTaskPage}
      rowsOf={(data) => data.tasks}
      columns={columns}
      caption="Tasks of this project"
      loadingLabel="Loading tasks…"
      emptyTitle="No tasks on this project yet"
    />
  );
}
