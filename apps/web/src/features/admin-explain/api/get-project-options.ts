import { useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { explainKeys } from './explain';
import type { ProjectOption } from './types';

/** GET /projects?status=all&q=: the projects the caller can see whose name contains `q`, 20 at a time. */
export async function searchProjectOptions(q: string, signal?: AbortSignal): Promise<ProjectOption[]> {
  return (await ok(api.GET('/projects', { params: { query: { status: 'all', q: q || undefined, per_page: 20 } }, signal }))).projects;
}

/** GET /projects/{id}: the chosen project, to name it on the closed picker. */
export function useProjectOption(id: number | null) {
  return useQuery({
    queryKey: explainKeys.project(id ?? 0),
    queryFn: ({ signal }) => ok(api.GET('/projects/{id}', { params: { path: { id: id! } }, signal })),
    enabled: id !== null,
  });
}
