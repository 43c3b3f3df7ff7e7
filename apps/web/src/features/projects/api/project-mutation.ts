import { accessKeys } from '@/lib/access';
import { useInvalidatingMutation, type MutationFeedback } from '@/lib/invalidating-mutation';
import { projectKeys } from './project-keys';
import type { Project } from './types';

/** A change to project `id`: the answer becomes its detail; the lists and the caller's access to it refresh; a toast confirms it. */
export function useProjectMutation<TVariables>(
  id: number,
  mutationFn: (variables: TVariables) => Promise<Project>,
  feedback: MutationFeedback<Project, TVariables> = {},
) {
  return useInvalidatingMutation(mutationFn, [projectKeys.all, accessKeys.project(id)], {
    remember: (project, queryClient) => queryClient.setQueryData(projectKeys.detail(id), project),
    ...feedback,
  });
}
