import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { explainKeys } from './explain';
import type { ProjectOption } from './types';

/** GET /projects?status=all&q=: the projects the caller can see, to pick one to explain. */
export function getProjectOptions(q: string): Promise<{ projects: ProjectOption[] }> {
  return apiGet<{ projects: ProjectOption[] }>('/projects', { query: { status: 'all', q: q || undefined, per_page: 50 } });
}

export function useProjectOptions(q: string, enabled: boolean) {
  return useQuery({ queryKey: explainKeys.projects(q), queryFn: () => getProjectOptions(q), enabled, placeholderData: keepPreviousData });
}
