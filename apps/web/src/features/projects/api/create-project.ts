import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost } from '@/lib/api-client';
import { projectKeys } from './project-keys';
import type { Project, ProjectInput } from './types';

/** POST /projects (create_projects): the creator becomes the project's administrator. */
export function createProject(input: ProjectInput & { name: string }): Promise<Project> {
  return apiPost<Project>('/projects', input);
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProject,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.lists() }),
  });
}
