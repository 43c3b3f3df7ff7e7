import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { projectKeys } from './project-keys';
import type { ProjectList } from './types';

export interface ProjectFilter {
  q?: string;
  status: 'active' | 'archived' | 'all';
  client_id?: number;
  page: number;
}

/** GET /projects: the projects the caller can see (participations, or view_all_projects). */
export function getProjects(filter: ProjectFilter): Promise<ProjectList> {
  return apiGet<ProjectList>('/projects', { query: { ...filter, q: filter.q || undefined, per_page: 25 } });
}

export function useProjects(filter: ProjectFilter) {
  return useQuery({ queryKey: projectKeys.list(filter), queryFn: () => getProjects(filter), placeholderData: keepPreviousData });
}
