import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { projectKeys } from './project-keys';
import type { ProjectFilter, ProjectList } from './types';

/** GET /projects: the projects the caller can see (participations, or view_all_projects). */
export function getProjects(filter: ProjectFilter): Promise<ProjectList> {
  return ok(api.GET('/projects', { params: { query: { ...filter, q: filter.q || undefined, per_page: 25 } } }));
}

export function useProjects(filter: ProjectFilter) {
  return useQuery({ queryKey: projectKeys.list(filter), queryFn: () => getProjects(filter), placeholderData: keepPreviousData });
}
