import { useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { projectKeys } from './project-keys';
import type { Project } from './types';

/** GET /projects/{id}: 404 when the project does not exist or is invisible to the caller. */
export function getProject(id: number): Promise<Project> {
  return apiGet<Project>(`/projects/${id}`);
}

export function useProject(id: number) {
  return useQuery({ queryKey: projectKeys.detail(id), queryFn: () => getProject(id) });
}
