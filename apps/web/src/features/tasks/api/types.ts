import type { PaginationInfo } from '@/components/ui/pagination';

export const TASK_STATUSES = [
  { value: 'todo', label: 'To do' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
] as const;

export type TaskStatus = (typeof TASK_STATUSES)[number]['value'];

export const taskStatusLabel = (status: TaskStatus) => TASK_STATUSES.find((s) => s.value === status)?.label ?? status;

export interface Task {
  id: number;
  project_id: number;
  name: string;
  description: string;
  status: TaskStatus;
  assignee_id: number | null;
  assignee: { id: number; name: string } | null;
  due_date: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface TaskList {
  tasks: Task[];
  pagination: PaginationInfo;
}

export interface TaskFilters {
  project_id?: number;
  status?: TaskStatus;
  assignee_id?: number;
  page?: number;
  per_page?: number;
}

export interface CreateTaskBody {
  project_id: number;
  name: string;
  description?: string;
  status?: TaskStatus;
  assignee_id?: number | null;
  due_date?: string | null;
}

/** No project_id: a task never moves to another project. */
export type UpdateTaskBody = Partial<Omit<CreateTaskBody, 'project_id'>>;
