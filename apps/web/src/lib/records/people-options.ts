/**
 * People for user filters and assignee pickers. The user directory (GET /users) needs
 * view_users; without it the members of one project (GET /participations?project_id=) are the
 * people one can pick — which is also exactly who may be assigned a task on that project.
 */
import { PROJECT_RULES, levelAtLeast, type Permission, type ProjectAction } from '@timekeeper/shared';
import { useQuery } from '@tanstack/react-query';
import { useAccess, useProjectAccess } from '@/lib/access';
import { api, ok } from '@/lib/api-client';
import type { ApiData, ItemOf } from '@/lib/api/types';

/** A person as records name them (`time_entry.user`, a task's assignee). */
export type UserRef = ItemOf<ApiData<'/time-entries', 'get'>['time_entries']>['user'];

export const peopleKeys = {
  directory: ['users', 'picker-options'] as const,
  members: (projectId: number) => ['participations', 'picker-options', projectId] as const,
  recorders: (projectId: number, action: ProjectAction) => ['participations', 'recorders', projectId, action] as const,
};

const byName = (a: UserRef, b: UserRef) => a.name.localeCompare(b.name);

export async function getUserDirectory(signal?: AbortSignal): Promise<UserRef[]> {
  const data = await ok(api.GET('/users', { params: { query: { per_page: 100 } }, signal }));
  return data.users.map(({ id, name }) => ({ id, name })).sort(byName);
}

export async function getProjectMembers(projectId: number, signal?: AbortSignal): Promise<UserRef[]> {
  const data = await ok(api.GET('/participations', { params: { query: { project_id: projectId, per_page: 100 } }, signal }));
  return data.participations.map((p) => ({ id: p.user.id, name: p.user.name })).sort(byName);
}

type Participation = ItemOf<ApiData<'/participations', 'get'>['participations']>;

/** Whether a membership itself reaches `action` (its level, or a flag that opens it), by the shared table `PROJECT_RULES`. */
export function membershipAllows(participation: Participation, action: ProjectAction): boolean {
  const rule = PROJECT_RULES[action];
  return levelAtLeast(participation.level, rule.minimum) || (rule.flag !== undefined && (participation[rule.flag] ?? false));
}

/**
 * The members of a project who may record on it themselves (`log_own_time` / `log_own_expenses`):
 * whom someone with Edit Financials may log time or expenses *for* (docs/api/time-entries.md#logging-for-someone-else).
 * The API also needs their create permission, which a membership does not show; it refuses others with 422.
 */
export async function getProjectRecorders(projectId: number, action: ProjectAction, signal?: AbortSignal): Promise<UserRef[]> {
  const data = await ok(api.GET('/participations', { params: { query: { project_id: projectId, per_page: 100 } }, signal }));
  return data.participations
    .filter((p) => membershipAllows(p, action))
    .map((p) => ({ id: p.user.id, name: p.user.name }))
    .sort(byName);
}

export function useProjectRecorders(projectId: number | undefined, action: ProjectAction) {
  return useQuery({
    queryKey: peopleKeys.recorders(projectId ?? 0, action),
    queryFn: ({ signal }) => getProjectRecorders(projectId!, action, signal),
    enabled: projectId !== undefined,
    staleTime: 60_000,
  });
}

export function useUserDirectory(enabled: boolean) {
  return useQuery({ queryKey: peopleKeys.directory, queryFn: ({ signal }) => getUserDirectory(signal), enabled, staleTime: 60_000 });
}

export function useProjectMembers(projectId: number | undefined) {
  return useQuery({
    queryKey: peopleKeys.members(projectId ?? 0),
    queryFn: ({ signal }) => getProjectMembers(projectId!, signal),
    enabled: projectId !== undefined,
    staleTime: 60_000,
  });
}

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

/** Options of a person select: "Me" first, then everyone else by name. */
export function personSelectOptions(people: UserRef[], me: number | undefined): { value: string; label: string }[] {
  return [
    ...(me === undefined ? [] : [{ value: String(me), label: 'Me' }]),
    ...people.filter((p) => p.id !== me).map((p) => ({ value: String(p.id), label: p.name })),
  ];
}
