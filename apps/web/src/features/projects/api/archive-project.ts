import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accessKeys } from '@/lib/access';
import { api, ok } from '@/lib/api-client';
import { projectKeys } from './project-keys';
import type { Project } from './types';

/** DELETE /projects/{id} archives (projects holding data are never deleted). */
export function archiveProject(id: number): Promise<Project> {
  return ok(api.DELETE('/projects/{id}', { params: { path: { id } } }));
}

export function useArchiveProject(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => archiveProject(id),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.detail(id), project);
      void queryClient.invalidateQueries({ queryKey: projectKeys.all });
      void queryClient.invalidateQueries({ queryKey: accessKeys.project(id) });
    },
  });
}
