import { useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { projectKeys } from './project-keys';
import type { Project } from './types';

/** GET /projects/{id}: 404 when the project does not exist or is invisible to the caller. */
export function getProject(id: number): Promise<Project> {
  return ok(api.GET('/projects/{id}', { params: { path: { id } } }));
}

export function useProject(id: number) {
  return useQuery({ queryKey: projectKeys.detail(id), queryFn: () => getProject(id) });
}
