/**
 * People for user filters and assignee pickers, searched on the server as one types (never a
 * first page of everyone). The user directory (GET /users?q=) needs view_users; without it the
 * members of one project (GET /participations?project_id=&q=) are the people one can pick — which
 * is also exactly who may be assigned a task on that project.
 */
import { PROJECT_RULES, levelAtLeast, type Permission, type ProjectAction } from '@timekeeper/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAccess, useProjectAccess } from '@/lib/access';
import { api, ok } from '@/lib/api-client';
import type { ApiData, ItemOf } from '@/lib/api/types';

/** A person as records name them (`time_entry.user`, a task's assignee). */
export type UserRef = ItemOf<ApiData<'/time-entries', 'get'>['time_entries']>['user'];

export const peopleKeys = {
  directory: ['users', 'picker-search'] as const,
  members: (projectId: number) => ['participations', 'picker-search', projectId] as const,
  recorders: (projectId: number, action: ProjectAction) => ['participations', 'recorders', projectId, action] as const,
};

/** How many people one picker search asks for: the person types more to narrow it. */
const PICKER_PAGE = 20;

/**
 * Where a person picker searches, on the server: the user directory (GET /users?q=, view_users) or
 * one project's members (GET /participations?project_id=&q=). `key` is the query key of its searches.
 */
export interface PeopleSource {
  readonly key: readonly unknown[];
  search(q: string, signal?: AbortSignal): Promise<UserRef[]>;
  /** The name of a chosen person, for a closed picker (null when they are not found there). */
  nameOf(id: number, signal?: AbortSignal): Promise<string | null>;
}

export const directorySource: PeopleSource = {
  key: peopleKeys.directory,
  search: async (q, signal) =>
    (await ok(api.GET('/users', { params: { query: { q: q || undefined, per_page: PICKER_PAGE } }, signal }))).users.map(
      ({ id, name }) => ({
        id,
        name,
      }),
    ),
  nameOf: async (id, signal) => (await ok(api.GET('/users/{id}', { params: { path: { id } }, signal }))).name,
};

export function membersSource(projectId: number): PeopleSource {
  const members = async (query: { q?: string; user_id?: number }, signal?: AbortSignal) =>
    (await ok(api.GET('/participations', { params: { query: { project_id: projectId, per_page: PICKER_PAGE, ...query } }, signal })))
      .participations;
  return {
    key: peopleKeys.members(projectId),
    search: async (q, signal) => (await members({ q: q || undefined }, signal)).map((p) => ({ id: p.user.id, name: p.user.name })),
    nameOf: async (id, signal) => (await members({ user_id: id }, signal))[0]?.user.name ?? null,
  };
}

/** The members of a project, searched on the server (null without a project). */
export function useMembersSource(projectId: number | undefined): PeopleSource | null {
  return useMemo(() => (projectId === undefined ? null : membersSource(projectId)), [projectId]);
}

const byName = (a: UserRef, b: UserRef) => a.name.localeCompare(b.name);

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
  // Every page: the level that decides is not a filter of the API, and a project may have more than 100 members.
  const members: Participation[] = [];
  for (let page = 1, pages = 1; page <= pages; page++) {
    const data = await ok(api.GET('/participations', { params: { query: { project_id: projectId, page, per_page: 100 } }, signal }));
    members.push(...data.participations);
    pages = data.pagination.pages;
  }
  return members
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

/**
 * Where the person filter searches, or null when the caller sees only their own records: it
 * appears with the account-wide view permission, or on a project whose team records the caller
 * may see. It searches the user directory (view_users), or else the project's members; with
 * neither it offers only "Me".
 */
export type PeopleFilter = { source: PeopleSource | null } | null;

export function usePeopleFilter(
  viewAll: Permission,
  teamAction: 'view_team_time' | 'view_team_expenses',
  projectId: number | undefined,
): PeopleFilter {
  const access = useAccess();
  const project = useProjectAccess(projectId);
  const members = useMembersSource(projectId);
  const seesOthers = access.can(viewAll) || (projectId !== undefined && project.can(teamAction));
  if (!seesOthers) return null;
  return { source: access.can('view_users') ? directorySource : members };
}
