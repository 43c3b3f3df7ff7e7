/**
 * Projects for pickers and name look-ups (time entries, timer, expenses, tasks, reports, invoices).
 * GET /projects answers only projects the caller can see; whether time or expenses may be logged
 * on one is the project's own access answer (GET /projects/{id}/access), shared with
 * `useProjectAccess` through the same query key.
 */
import type { ProjectAction } from '@timekeeper/shared';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { accessKeys } from '@/lib/access';
import { api, ok } from '@/lib/api-client';
import type { ApiData, ItemOf } from '@/lib/api/types';

/** A project as GET /projects lists it (`currency` only with financial access to it). */
export type ProjectOption = ItemOf<ApiData<'/projects', 'get'>['projects']>;

const PER_PAGE = 100;
const MAX_PAGES = 20;

/** Every project the caller can see (active and archived: old entries still need their names). */
export async function getAllProjects(signal?: AbortSignal): Promise<ProjectOption[]> {
  const all: ProjectOption[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const data = await ok(api.GET('/projects', { params: { query: { status: 'all', per_page: PER_PAGE, page } }, signal }));
    all.push(...data.projects);
    if (page >= data.pagination.pages) break;
  }
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

/** Under the projects feature's key space, so a change to a project refreshes the pickers too. */
export const projectOptionsKey = ['projects', 'picker-options'] as const;

export function useProjectOptions() {
  const query = useQuery({ queryKey: projectOptionsKey, queryFn: ({ signal }) => getAllProjects(signal), staleTime: 60_000 });
  const byId = useMemo(() => new Map((query.data ?? []).map((p) => [p.id, p])), [query.data]);
  return { ...query, byId };
}

/** The caller's access answer for one project, the query `useProjectAccess` shares. */
export function projectAccessQuery(id: number) {
  return {
    queryKey: accessKeys.project(id),
    queryFn: () => ok(api.GET('/projects/{id}/access', { params: { path: { id } } })),
    staleTime: 30_000,
  };
}

/**
 * The active projects among `projects` where the caller may do `action` (e.g. log_own_time).
 * One access request per project, cached and shared with useProjectAccess.
 */
export function useProjectsAllowing(projects: ProjectOption[] | undefined, action: ProjectAction) {
  const active = useMemo(() => (projects ?? []).filter((p) => p.status === 'active'), [projects]);
  const results = useQueries({
    queries: active.map((p) => projectAccessQuery(p.id)),
  });
  const isPending = projects === undefined || results.some((r) => r.isPending);
  const allowedIds = results.map((r, i) => (r.data?.actions.includes(action) ? active[i]!.id : null)).join(',');
  const allowed = useMemo(() => {
    const ids = new Set(allowedIds.split(',').filter(Boolean).map(Number));
    return active.filter((p) => ids.has(p.id));
  }, [active, allowedIds]);
  return { allowed, isPending };
}

/** A project's name in a picker; an archived one says so. */
export function projectLabel(project: Pick<ProjectOption, 'name' | 'status'>): string {
  return project.status === 'archived' ? `${project.name} (archived)` : project.name;
}

/** Select options for projects; archived ones say so (they appear only for existing records). */
export function projectSelectOptions(projects: ProjectOption[]): { value: string; label: string }[] {
  return projects.map((p) => ({ value: String(p.id), label: projectLabel(p) }));
}
