import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { projectKeys } from './project-keys';
import type { ProjectTaskPage } from './types';

/** GET /tasks?project_id=: a read-only page of the project's tasks for its Tasks tab. */
export function getProjectTasks(projectId: number, page: number): Promise<ProjectTaskPage> {
  return ok(api.GET('/tasks', { params: { query: { project_id: projectId, page, per_page: 25 } } }));
}

export function useProjectTaskPage(projectId: number, page: number) {
  return useQuery({
    queryKey: projectKeys.tasks(projectId, page),
    queryFn: () => getProjectTasks(projectId, page),
    placeholderData: keepPreviousData,
  });
}
