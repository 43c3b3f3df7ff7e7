import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useAccess, useMyPermissions, useProjectAccess } from '@/lib/access';
import { useProjectsById } from '@/lib/records/project-search';
import { useListEditing } from '@/lib/records/use-list-editing';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useDeleteTask } from '../api/delete-task';
import { useTasks } from '../api/get-tasks';
import type { Task } from '../api/types';
import { TASK_STATUSES } from '../lib/task-status';
import { TaskCard } from './task-card';
import { TaskFilters, type TaskFilterValues } from './task-filters';
import { TaskForm } from './task-form';
import { ListToolbar } from '@/components/records/list-parts';

/**
 * Tasks grouped by status (To do, In progress, Done), with filters, add/edit, status change and
 * delete. Pass `projectId` for one project's tasks (project pages).
 */
export function TasksList({ projectId }: { projectId?: number }) {
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const fixedProject = useProjectAccess(projectId);
  const [filters, setFilters] = useState<TaskFilterValues>({ projectId, mine: false });
  const [page, setPage] = useState(1);
  const remove = useDeleteTask();
  const edit = useListEditing<Task>(remove);
  const query = useTasks({
    project_id: filters.projectId,
    status: filters.status,
    assignee_id: filters.mine ? me : undefined,
    page,
    per_page: 100,
  });
  const projects = useProjectsById(projectId === undefined ? (query.data?.tasks ?? []).map((t) => t.project_id) : []);
  const canAdd = access.can('create_tasks') && (projectId === undefined || fixedProject.can('edit_tasks'));
  const groups = TASK_STATUSES.filter((s) => !filters.status || s.value === filters.status);

  return (
    <section aria-label="Tasks" className="space-y-4">
      <ListToolbar addLabel="Add task" onAdd={canAdd ? edit.startNew : undefined}>
        <TaskFilters
          value={filters}
          onChange={(next) => {
            setFilters(next);
            setPage(1);
          }}
          fixedProject={projectId !== undefined}
        />
      </ListToolbar>
      <QueryState query={query} loadingLabel="Loading tasks…">
        {(data) =>
          data.tasks.length === 0 ? (
            <EmptyState title="No tasks match these filters" />
          ) : (
            <>
              <div className={`grid grid-cols-1 gap-4 ${groups.length > 1 ? 'lg:grid-cols-3' : ''}`}>
                {groups.map((status) => {
                  const tasks = data.tasks.filter((t) => t.status === status.value);
                  return (
                    <section key={status.value} aria-labelledby={`tasks-${status.value}`} className="rounded-lg bg-surface-strong p-3">
                      <h2 id={`tasks-${status.value}`} className="mb-2 text-sm font-semibold text-fg-secondary">
                        {status.label} <span className="font-normal text-fg-subtle">({tasks.length})</span>
                      </h2>
                      {tasks.length === 0 ? (
                        <p className="text-sm text-fg-subtle">None</p>
                      ) : (
                        <ul className="space-y-2">
                          {tasks.map((task) => (
                            <TaskCard
                              key={task.id}
                              task={task}
                              projectName={projectId === undefined ? projects.get(task.project_id)?.name : undefined}
                              onEdit={() => edit.startEdit(task)}
                              onDelete={() => edit.askDelete(task)}
                            />
                          ))}
                        </ul>
                      )}
                    </section>
                  );
                })}
              </div>
              <Pagination pagination={data.pagination} onPage={setPage} />
            </>
          )
        }
      </QueryState>
      <Dialog open={edit.isOpen} onOpenChange={edit.onOpenChange} title={edit.edited ? 'Edit task' : 'Add task'}>
        {edit.isOpen ? (
          <TaskForm key={edit.edited?.id ?? 'new'} task={edit.edited} projectId={projectId ?? filters.projectId} onDone={edit.close} />
        ) : null}
      </Dialog>
      <ConfirmDialog {...edit.confirm} title="Delete this task?" confirmLabel="Delete task">
        <p>“{edit.deleting?.name}” is removed. Time already logged on it stays, without the task.</p>
      </ConfirmDialog>
    </section>
  );
}
