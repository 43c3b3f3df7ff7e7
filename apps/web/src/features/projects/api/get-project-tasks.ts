import { api, ok } from '@/lib/api-client';
import { usePageQuery } from '@/lib/page-query';
import { projectKeys } from './project-keys';
import type { ProjectTaskPage } from './types';

/** GET /tasks?project_id=: a read-only page of the project's tasks for its Tasks tab. */
export function getProjectTasks(projectId: number, page: number): Promise<ProjectTaskPage> {
  return ok(api.GET('/tasks', { params: { query: { project_id: projectId, page, per_page: 25 } } }));
}

export function useProjectTaskPage(projectId: number, page: number) {
  return usePageQuery(projectKeys.tasks(projectId, page), () => getProjectTasks(projectId, page));
}
