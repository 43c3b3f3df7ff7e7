import type { QueryClient } from '@tanstack/react-query';
import { accessKeys } from '@/lib/access';
import { projectKeys } from '@/features/projects';
import { participationKeys } from './participation-keys';

/** After a member change: the member list, the caller's access to the project, and project lists (their level may change). */
export function invalidateMembers(queryClient: QueryClient, projectId: number): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: participationKeys.project(projectId) }),
    queryClient.invalidateQueries({ queryKey: accessKeys.project(projectId) }),
    queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  ]);
}
