import { api, ok } from '@/lib/api-client';
import { usePageQuery } from '@/lib/page-query';
import { projectKeys } from './project-keys';
import type { ProjectTimePage } from './types';

/** GET /time-entries?project_id=: the team's entries on the project (needs view_team_time). */
export function getProjectTimeEntries(projectId: number, page: number): Promise<ProjectTimePage> {
  return ok(api.GET('/time-entries', { params: { query: { project_id: projectId, page, per_page: 25 } } }));
}

export function useProjectTimePage(projectId: number, page: number) {
  return usePageQuery(projectKeys.time(projectId, page), () => getProjectTimeEntries(projectId, page));
}
