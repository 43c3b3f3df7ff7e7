/**
 * The data of the project/task picker used to record time and expenses: the caller's recent
 * projects (from their newest time entries), projects found by name on the server (`q`), the
 * client names beside them, and the tasks of the chosen project. Nothing here loads every
 * project: a search asks GET /projects for one page of matches (docs/guides/tracking-time.md#picking-a-project).
 */
import type { ProjectAction } from '@timekeeper/shared';
import { useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { accessFrom, accessKeys, useMyPermissions } from '@/lib/access';
import { api, ok } from '@/lib/api-client';
import type { ApiData, ItemOf } from '@/lib/api/types';
import { projectAccessQuery, type ProjectOption } from './project-options';
import { timeEntriesKeys } from './record-keys';

/** How many matches one search shows; typing more narrows them. */
export const SEARCH_PAGE = 50;
/** How many recent projects lead the list. */
export const RECENT_COUNT = 5;
/** The newest entries read to find the recent projects. */
const RECENT_ENTRIES = 50;

export type PickerTask = ItemOf<ApiData<'/tasks', 'get'>['tasks']>;

/** Under the projects, time entries, clients and tasks key spaces, so a change to any refreshes the picker. */
export const projectSearchKeys = {
  /** The picker appends the typed text. */
  search: (scope: string) => ['projects', 'picker-search', scope] as const,
  one: (id: number) => ['projects', 'picker-one', id] as const,
  recent: (userId: number) => [...timeEntriesKeys.all, 'recent-projects', userId] as const,
  client: (id: number) => ['clients', 'picker-name', id] as const,
  clientNames: (ids: number[]) => ['clients', 'picker-names', ids] as const,
  /** Also the tasks feature's key of a project's tasks (one cache for pickers and name look-ups). */
  tasks: (projectId: number) => ['tasks', 'of-project', projectId] as const,
  task: (id: number) => ['tasks', 'picker-one', id] as const,
  /** The picker appends the typed text. */
  taskSearch: (projectId: number) => ['tasks', 'picker-search', projectId] as const,
};

/** Projects whose name contains `q` (all of them, by name, when `q` is empty), one page of `perPage`. */
export async function searchProjects(
  q: string,
  status: 'active' | 'all',
  signal?: AbortSignal,
  perPage = SEARCH_PAGE,
): Promise<ProjectOption[]> {
  const query = { status, per_page: perPage, ...(q ? { q } : {}) };
  const data = await ok(api.GET('/projects', { params: { query }, signal }));
  return data.projects;
}

/** The distinct projects of the caller's newest time entries, most recent first. */
export async function getRecentProjectIds(userId: number, signal?: AbortSignal): Promise<number[]> {
  // GET /time-entries answers newest first (by start time).
  const query = { user_id: userId, per_page: RECENT_ENTRIES };
  const data = await ok(api.GET('/time-entries', { params: { query }, signal }));
  return [...new Set(data.time_entries.map((e) => e.project_id))];
}

function projectQuery(id: number) {
  return {
    queryKey: projectSearchKeys.one(id),
    queryFn: ({ signal }: { signal: AbortSignal }) => ok(api.GET('/projects/{id}', { params: { path: { id } }, signal })),
    staleTime: 60_000,
    retry: false,
  };
}

/** The projects among `projects` where the caller may do `action` (the access answers are cached and shared). */
async function allowedAmong(queryClient: QueryClient, projects: ProjectOption[], action: ProjectAction): Promise<ProjectOption[]> {
  const answers = await Promise.allSettled(projects.map((p) => queryClient.fetchQuery(projectAccessQuery(p.id))));
  return projects.filter((_, i) => {
    const answer = answers[i];
    return answer?.status === 'fulfilled' && answer.value.actions.includes(action);
  });
}

/** Active projects whose name contains `q` where the caller may do `action` (one page of the server's matches). */
export async function searchAllowedProjects(
  queryClient: QueryClient,
  q: string,
  action: ProjectAction,
  signal: AbortSignal,
): Promise<{ projects: ProjectOption[]; more: boolean }> {
  const found = await searchProjects(q, 'active', signal);
  return { projects: await allowedAmong(queryClient, found, action), more: found.length >= SEARCH_PAGE };
}

/**
 * The caller's recent projects (at most RECENT_COUNT): with `action`, only active ones where they
 * may do it (to record on them); without, every one they can still see (to filter by).
 */
export function useRecentProjects(action: ProjectAction | undefined, enabled = true) {
  const queryClient = useQueryClient();
  const me = useMyPermissions().data?.user_id;
  return useQuery({
    queryKey: [...projectSearchKeys.recent(me ?? 0), action ?? 'visible'],
    queryFn: async ({ signal }) => {
      const ids = await getRecentProjectIds(me ?? 0, signal);
      // A few more than shown: some may be archived or closed to the caller by now.
      const candidates = ids.slice(0, RECENT_COUNT * 2);
      const answers = await Promise.allSettled(candidates.map((id) => queryClient.fetchQuery(projectQuery(id))));
      const visible = answers.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
      if (action === undefined) return visible.slice(0, RECENT_COUNT);
      const active = visible.filter((p) => p.status === 'active');
      return (await allowedAmong(queryClient, active, action)).slice(0, RECENT_COUNT);
    },
    enabled: enabled && me !== undefined,
    staleTime: 30_000,
  });
}

/** Client names of `projects`, when the caller may see clients (view_clients); a client that cannot be read is left out. */
export async function clientNamesOf(queryClient: QueryClient, projects: ProjectOption[]) {
  // Read here, not passed in: a search started before the permissions arrived still names the clients.
  const permissions = await queryClient
    .ensureQueryData({ queryKey: accessKeys.me, queryFn: () => ok(api.GET('/users/me/permissions')) })
    .catch(() => undefined);
  const ids = accessFrom(permissions).can('view_clients')
    ? [...new Set(projects.flatMap((p) => (p.client_id === null ? [] : [p.client_id])))]
    : [];
  // No retries: a search waits for these names.
  const answers = await Promise.allSettled(ids.map((id) => queryClient.fetchQuery({ ...clientQuery(id), retry: false })));
  return new Map(answers.flatMap((a) => (a.status === 'fulfilled' ? [[a.value.id, a.value.name] as const] : [])));
}

/**
 * GET /clients/{id}: one client, read once and cached for pickers and name look-ups (also the
 * projects feature's chosen client and client names). Under the clients key space, so a client
 * change refreshes it.
 */
export function clientQuery(id: number) {
  return {
    queryKey: projectSearchKeys.client(id),
    queryFn: ({ signal }: { signal: AbortSignal }) => ok(api.GET('/clients/{id}', { params: { path: { id } }, signal })),
    staleTime: 5 * 60_000,
  };
}

/** One project (the chosen one, to show its name on the closed picker). */
export function useProject(id: number | undefined) {
  return useQuery({ ...projectQuery(id ?? 0), enabled: id !== undefined });
}

/** The projects with these ids (e.g. those of a page of tasks), each read once and cached; ones the caller cannot see are missing. */
export function useProjectsById(ids: number[]): Map<number, ProjectOption> {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  return useQueries({ queries: unique.map((id) => projectQuery(id)), combine: projectsByIdOf });
}

/** Stable, so TanStack Query recomputes the map only when a result changes. */
function projectsByIdOf(results: { data?: ProjectOption | undefined }[]): Map<number, ProjectOption> {
  return new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data] as const] : [])));
}

/** The client names of these projects (see clientNamesOf), as a query. */
export function useClientNames(projects: ProjectOption[]) {
  const queryClient = useQueryClient();
  const ids = [...new Set(projects.flatMap((p) => (p.client_id === null ? [] : [p.client_id])))].sort((a, b) => a - b);
  return useQuery({
    queryKey: projectSearchKeys.clientNames(ids),
    queryFn: () => clientNamesOf(queryClient, projects),
    enabled: ids.length > 0,
    staleTime: 5 * 60_000,
  });
}

/** The tasks of one project (up to 100: a project's tasks are few), for pickers and task names. */
export function projectTasksQuery(projectId: number) {
  return {
    queryKey: projectSearchKeys.tasks(projectId),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      ok(api.GET('/tasks', { params: { query: { project_id: projectId, per_page: 100 } }, signal })).then((d) => d.tasks),
    staleTime: 60_000,
  };
}

export function useProjectTasks(projectId: number | undefined) {
  return useQuery({ ...projectTasksQuery(projectId ?? 0), enabled: projectId !== undefined });
}

/** The open tasks of a project whose name contains `q`, as the server finds them (GET /tasks?q=, one page). */
export async function searchProjectTasks(projectId: number, q: string, signal?: AbortSignal): Promise<PickerTask[]> {
  const query = { project_id: projectId, per_page: SEARCH_PAGE, ...(q ? { q } : {}) };
  const data = await ok(api.GET('/tasks', { params: { query }, signal }));
  return data.tasks.filter((t) => t.status !== 'done');
}

/** One task (the chosen one, to name it on the closed picker, even when done or beyond the first page). */
export function useTask(id: number | undefined) {
  return useQuery({
    queryKey: projectSearchKeys.task(id ?? 0),
    queryFn: ({ signal }) => ok(api.GET('/tasks/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    enabled: id !== undefined,
    staleTime: 60_000,
  });
}

/**
 * Whether the caller has no project at all where they may do `action` (forms then explain why
 * instead of an empty picker). Only a complete first page can tell; a longer list is assumed to hold one.
 */
export function useNoProjectAllowing(action: ProjectAction, enabled = true) {
  const queryClient = useQueryClient();
  const first = useQuery({
    queryKey: [...projectSearchKeys.search(action), 'any'],
    queryFn: ({ signal }) => searchAllowedProjects(queryClient, '', action, signal),
    enabled,
    staleTime: 30_000,
  });
  return { isPending: enabled && first.isPending, none: first.data !== undefined && !first.data.more && first.data.projects.length === 0 };
}
