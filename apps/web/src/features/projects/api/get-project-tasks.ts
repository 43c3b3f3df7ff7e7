import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PaginationInfo } from '@/components/ui/pagination';
import { apiGet } from '@/lib/api-client';
import { projectKeys } from './project-keys';

export interface ProjectTask {
  id: number;
  name: string;
  status: 'todo' | 'in_progress' | 'done';
  assignee: { id: number; name: string } | null;
  due_date: string | null;
}

/** GET /tasks?project_id=: a read-only page of the project's tasks for its Tasks tab. */
export function getProjectTasks(projectId: number, page: number): Promise<{ tasks: ProjectTask[]; pagination: PaginationInfo }> {
  return apiGet('/tasks', { query: { project_id: projectId, page, per_page: 25 } });
}

export function useProjectTaskPage(projectId: number, page: number) {
  return useQuery({
    queryKey: projectKeys.tasks(projectId, page),
    queryFn: () => getProjectTasks(projectId, page),
    placeholderData: keepPreviousData,
  });
}
