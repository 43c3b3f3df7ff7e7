import type { TaskStatus } from '../api/types';

/** The task statuses in board order, with their labels. */
export const TASK_STATUSES = [
  { value: 'todo', label: 'To do' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
] as const satisfies readonly { value: TaskStatus; label: string }[];

export const taskStatusLabel = (status: TaskStatus) => TASK_STATUSES.find((s) => s.value === status)?.label ?? status;
