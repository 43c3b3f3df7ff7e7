import type { Permission } from '@timekeeper/shared';
import { useAccess, useProjectAccess } from '@/lib/access';
import { useProjectMembers, useUserDirectory } from './get-people-options';
import type { UserRef } from './types';

/**
 * Who the person filter offers, or null when the caller sees only their own records: it appears
 * with the account-wide view permission, or on a project whose team records the caller may see.
 * Names come from the user directory (view_users) or else from the project's members.
 */
export function usePeopleFilter(
  viewAll: Permission,
  teamAction: 'view_team_time' | 'view_team_expenses',
  projectId: number | undefined,
): UserRef[] | null {
  const access = useAccess();
  const project = useProjectAccess(projectId);
  const seesOthers = access.can(viewAll) || (projectId !== undefined && project.can(teamAction));
  const directory = useUserDirectory(seesOthers && access.can('view_users'));
  const members = useProjectMembers(seesOthers && !access.can('view_users') ? projectId : undefined);
  if (!seesOthers) return null;
  return (access.can('view_users') ? directory.data : members.data) ?? [];
}
