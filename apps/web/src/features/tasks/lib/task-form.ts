import type { CreateTaskBody, Task, TaskStatus, UpdateTaskBody } from '../api/types';

export interface TaskFormValues {
  projectId: string;
  name: string;
  description: string;
  status: TaskStatus;
  /** '' = unassigned */
  assigneeId: string;
  /** '' = no due date */
  dueDate: string;
}

export const TASK_FIELD_PATHS = {
  projectId: 'project_id',
  name: 'name',
  description: 'description',
  status: 'status',
  assigneeId: 'assignee_id',
  dueDate: 'due_date',
} as const satisfies Record<keyof TaskFormValues, string>;

export function taskValues(task?: Task, projectId?: number): TaskFormValues {
  return {
    projectId: task ? String(task.project_id) : projectId === undefined ? '' : String(projectId),
    name: task?.name ?? '',
    description: task?.description ?? '',
    status: task?.status ?? 'todo',
    assigneeId: task?.assignee_id == null ? '' : String(task.assignee_id),
    dueDate: task?.due_date ?? '',
  };
}

export function createTaskBody(values: TaskFormValues): CreateTaskBody {
  return {
    project_id: Number(values.projectId),
    name: values.name.trim(),
    description: values.description,
    status: values.status,
    assignee_id: values.assigneeId ? Number(values.assigneeId) : null,
    due_date: values.dueDate || null,
  };
}

/**
 * Only what changed: an unchanged assignee is not sent, so someone without assign_tasks can
 * still edit a task assigned to a colleague.
 */
export function updateTaskBody(task: Task, values: TaskFormValues): UpdateTaskBody {
  const next = createTaskBody(values);
  const body: UpdateTaskBody = {};
  if (next.name !== task.name) body.name = next.name;
  if (next.description !== task.description) body.description = next.description;
  if (next.status !== task.status) body.status = next.status;
  if (next.assignee_id !== task.assignee_id) body.assignee_id = next.assignee_id;
  if (next.due_date !== task.due_date) body.due_date = next.due_date;
  return body;
}
