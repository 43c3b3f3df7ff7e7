import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useAccess, useMyPermissions, useProjectAccess } from '@/lib/access';
import { useProjectOptions } from '@/lib/records/project-options';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useDeleteTask } from '../api/delete-task';
import { useTasks } from '../api/get-tasks';
import type { Task } from '../api/types';
import { TASK_STATUSES } from '../lib/task-status';
import { TaskCard } from './task-card';
import { TaskFilters, type TaskFilterValues } from './task-filters';
import { TaskForm } from './task-form';

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; task: Task };

/**
 * Tasks grouped by status (To do, In progress, Done), with filters, add/edit, status change and
 * delete. Pass `projectId` for one project's tasks (project pages).
 */
export function TasksList({ projectId }: { projectId?: number }) {
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const projects = useProjectOptions();
  const fixedProject = useProjectAccess(projectId);
  const [filters, setFilters] = useState<TaskFilterValues>({ projectId, mine: false });
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<Task | null>(null);
  const remove = useDeleteTask();
  const query = useTasks({
    project_id: filters.projectId,
    status: filters.status,
    assignee_id: filters.mine ? me : undefined,
    page,
    per_page: 100,
  });
  const canAdd = access.can('create_tasks') && (projectId === undefined || fixedProject.can('edit_tasks'));
  const groups = TASK_STATUSES.filter((s) => !filters.status || s.value === filters.status);

  return (
    <section aria-label="Tasks" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <TaskFilters
          value={filters}
          onChange={(next) => {
            setFilters(next);
            setPage(1);
          }}
          fixedProject={projectId !== undefined}
        />
        {canAdd ? (
          <Button onClick={() => setEditing({ mode: 'new' })}>
            <Plus aria-hidden="true" className="mr-1 size-4" /> Add task
          </Button>
        ) : null}
      </div>
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
                    <section key={status.value} aria-labelledby={`tasks-${status.value}`} className="rounded-lg bg-slate-100 p-3">
                      <h2 id={`tasks-${status.value}`} className="mb-2 text-sm font-semibold text-slate-700">
                        {status.label} <span className="font-normal text-slate-500">({tasks.length})</span>
                      </h2>
                      {tasks.length === 0 ? (
                        <p className="text-sm text-slate-500">None</p>
                      ) : (
                        <ul className="space-y-2">
                          {tasks.map((task) => (
                            <TaskCard
                              key={task.id}
                              task={task}
                              projectName={projectId === undefined ? projects.byId.get(task.project_id)?.name : undefined}
                              onEdit={() => setEditing({ mode: 'edit', task })}
                              onDelete={() => {
                                remove.reset();
                                setDeleting(task);
                              }}
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
      <Dialog
        open={editing.mode !== 'closed'}
        onOpenChange={(open) => !open && setEditing({ mode: 'closed' })}
        title={editing.mode === 'edit' ? 'Edit task' : 'Add task'}
      >
        {editing.mode !== 'closed' ? (
          <TaskForm
            key={editing.mode === 'edit' ? editing.task.id : 'new'}
            task={editing.mode === 'edit' ? editing.task : undefined}
            projectId={projectId ?? filters.projectId}
            onDone={() => setEditing({ mode: 'closed' })}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Delete this task?"
        confirmLabel="Delete task"
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
        pending={remove.isPending}
        error={remove.error}
        pendingLabel="Working…"
        errorTitle="Could not complete this"
      >
        <p>“{deleting?.name}” is removed. Time already logged on it stays, without the task.</p>
      </ConfirmDialog>
    </section>
  );
}
