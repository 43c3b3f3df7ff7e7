import { useState } from 'react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { DataTable, type Column } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useProjectTaskPage } from '../api/get-project-tasks';
import type { ProjectTask } from '../api/types';

const STATUS = {
  todo: { label: 'To do', tone: 'gray' },
  in_progress: { label: 'In progress', tone: 'blue' },
  done: { label: 'Done', tone: 'green' },
} satisfies Record<ProjectTask['status'], { label: string; tone: BadgeTone }>;

const columns: Column<ProjectTask>[] = [
  { key: 'name', header: 'Task', cell: (t) => <span className="font-medium">{t.name}</span> },
  { key: 'status', header: 'Status', cell: (t) => <Badge tone={STATUS[t.status].tone}>{STATUS[t.status].label}</Badge> },
  { key: 'assignee', header: 'Assignee', cell: (t) => t.assignee?.name ?? <span className="text-slate-500">Unassigned</span> },
  { key: 'due', header: 'Due', cell: (t) => t.due_date ?? '—' },
];

/** The project's tasks, read-only (the Tasks page manages them). */
export function ProjectTasksTab({ projectId }: { projectId: number }) {
  const [page, setPage] = useState(1);
  const tasks = useProjectTaskPage(projectId, page);
  return (
    <QueryState query={tasks} loadingLabel="Loading tasks…">
      {(data) =>
        data.tasks.length === 0 ? (
          <EmptyState title="No tasks on this project yet" />
        ) : (
          <>
            <DataTable rows={data.tasks} columns={columns} rowKey={(t) => t.id} caption="Tasks of this project" />
            <Pagination pagination={data.pagination} onPage={setPage} />
          </>
        )
      }
    </QueryState>
  );
}
