import { api, ok } from '@/lib/api-client';
import { useProjectMutation } from './project-mutation';
import type { Project } from './types';
import { updateProject } from './update-project';

/** DELETE /projects/{id} archives (projects holding data are never deleted). */
export function archiveProject(id: number): Promise<Project> {
  return ok(api.DELETE('/projects/{id}', { params: { path: { id } } }));
}

/** Archives; the toast's Undo makes the project active again. */
export function useArchiveProject(id: number) {
  return useProjectMutation<void>(id, () => archiveProject(id), {
    done: (project) => `${project.name} archived`,
    undo: (project) => ({ run: () => updateProject(id, { status: 'active' }), done: `${project.name} restored` }),
  });
}
