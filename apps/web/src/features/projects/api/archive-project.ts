import { api, ok } from '@/lib/api-client';
import { useProjectMutation } from './project-mutation';
import type { Project } from './types';

/** DELETE /projects/{id} archives (projects holding data are never deleted). */
export function archiveProject(id: number): Promise<Project> {
  return ok(api.DELETE('/projects/{id}', { params: { path: { id } } }));
}

export function useArchiveProject(id: number) {
  return useProjectMutation<void>(id, () => archiveProject(id));
}
