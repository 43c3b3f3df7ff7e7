import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accessKeys } from '@/lib/access';
import { api, ok } from '@/lib/api-client';
import { projectKeys } from './project-keys';
import type { Project, ProjectUpdate } from './types';

/**
 * PUT /projects/{id}: details need edit_projects and the admin level; rates and budget the
 * edit_financials level; status archive_projects. The API says which one is missing (403).
 */
export function updateProject(id: number, body: ProjectUpdate): Promise<Project> {
  return ok(api.PUT('/projects/{id}', { params: { path: { id } }, body }));
}

export function useUpdateProject(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectUpdate) => updateProject(id, body),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.detail(id), project);
      void queryClient.invalidateQueries({ queryKey: projectKeys.all });
      void queryClient.invalidateQueries({ queryKey: accessKeys.project(id) });
    },
  });
}
