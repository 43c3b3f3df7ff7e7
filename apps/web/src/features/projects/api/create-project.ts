import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { projectKeys } from './project-keys';
import type { NewProject, Project } from './types';

/** POST /projects (create_projects): the creator becomes the project's administrator. */
export function createProject(body: NewProject): Promise<Project> {
  return ok(api.POST('/projects', { body }));
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProject,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.lists() }),
  });
}
