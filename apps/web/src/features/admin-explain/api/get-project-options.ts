import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { explainKeys } from './explain';
import type { ProjectOptionList } from './types';

/** GET /projects?status=all&q=: the projects the caller can see, to pick one to explain. */
export function getProjectOptions(q: string): Promise<ProjectOptionList> {
  return ok(api.GET('/projects', { params: { query: { status: 'all', q: q || undefined, per_page: 50 } } }));
}

export function useProjectOptions(q: string, enabled: boolean) {
  return useQuery({ queryKey: explainKeys.projects(q), queryFn: () => getProjectOptions(q), enabled, placeholderData: keepPreviousData });
}
