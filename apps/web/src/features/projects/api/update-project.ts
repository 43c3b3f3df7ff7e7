import { api, ok } from '@/lib/api-client';
import { useProjectMutation } from './project-mutation';
import type { Project, ProjectUpdate } from './types';

/**
 * PUT /projects/{id}: details need edit_projects and the admin level; rates and budget the
 * edit_financials level; status archive_projects. The API says which one is missing (403).
 */
export function updateProject(id: number, body: ProjectUpdate): Promise<Project> {
  return ok(api.PUT('/projects/{id}', { params: { path: { id } }, body }));
}

export function useUpdateProject(id: number) {
  return useProjectMutation(id, (body: ProjectUpdate) => updateProject(id, body), {
    done: (project, body) => (body.status === 'active' && Object.keys(body).length === 1 ? `${project.name} restored` : 'Project saved'),
  });
}
