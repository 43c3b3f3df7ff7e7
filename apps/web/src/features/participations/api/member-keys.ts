import type { QueryKey } from '@tanstack/react-query';
import { accessKeys } from '@/lib/access';
import { projectKeys } from '@/features/projects';
import { participationKeys } from './participation-keys';

/** What a member change makes stale: the member list, the caller's access to the project, and project lists (their level may change). */
export function memberKeys(projectId: number): readonly QueryKey[] {
  return [participationKeys.project(projectId), accessKeys.project(projectId), projectKeys.all];
}
