import { CalendarDays, User } from 'lucide-react';
import { RowActions } from '@/components/records/row-actions';
import { useAccess, useMyPermissions, useProjectAccess } from '@/lib/access';
import { useProject } from '@/lib/records/project-search';
import { useDates } from '@/lib/time-settings';
import type { Task, TaskStatus } from '../api/types';
import { TASK_STATUSES } from '../lib/task-status';
import { useUpdateTask } from '../api/update-task';
import { taskActions } from '../lib/task-access';

interface TaskCardProps {
  task: Task;
  projectName?: string | undefined;
  onEdit: () => void;
  onDelete: () => void;
}

/** One task: name, project, assignee, due date; status change, edit and delete when allowed. */
export function TaskCard({ task, projectName, onEdit, onDelete }: TaskCardProps) {
  const { formatDay, today } = useDates();
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const project = useProjectAccess(task.project_id);
  // Tasks of archived projects are read-only (the API answers 409).
  const archived = useProject(task.project_id).data?.status === 'archived';
  const allowed = taskActions(task, access, project.can('edit_tasks') && !archived, me);
  const update = useUpdateTask();
  const overdue = task.due_date !== null && task.status !== 'done' && task.due_date < today();

  return (
    <li className="rounded-lg bg-surface p-3 shadow-sm ring-1 ring-line">
      <p className="font-medium text-fg">{task.name}</p>
      {projectName ? (
        <p className="text-xs text-fg-subtle">
          {projectName}
          {archived ? ' (archived)' : ''}
        </p>
      ) : null}
      {task.description ? <p className="mt-1 line-clamp-2 text-sm text-fg-muted">{task.description}</p> : null}
      <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-fg-muted">
        <span className="inline-flex items-center gap-1">
          <User aria-hidden="true" className="size-3.5" /> {task.assignee?.name ?? 'Unassigned'}
        </span>
        {task.due_date ? (
          <span className={`inline-flex items-center gap-1 ${overdue ? 'font-semibold text-danger-fg' : ''}`}>
            <CalendarDays aria-hidden="true" className="size-3.5" /> Due {formatDay(task.due_date)}
            {overdue ? ' (overdue)' : ''}
          </span>
        ) : null}
      </p>
      {allowed.edit || allowed.remove ? (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {allowed.edit ? (
            <select
              aria-label={`Status of ${task.name}`}
              value={task.status}
              disabled={update.isPending}
              onChange={(e) => update.mutate({ id: task.id, body: { status: e.target.value as TaskStatus } })}
              className="rounded-md border-0 py-1 pl-2 pr-7 text-xs text-fg ring-1 ring-inset ring-line-strong focus:ring-2 focus:ring-focus"
            >
              {TASK_STATUSES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          ) : null}
          <RowActions what={task.name} onEdit={allowed.edit ? onEdit : undefined} onDelete={allowed.remove ? onDelete : undefined} />
        </div>
      ) : null}
      {update.error ? (
        <p role="alert" className="mt-2 text-xs text-danger-fg">
          {update.error.message}
        </p>
      ) : null}
    </li>
  );
}
