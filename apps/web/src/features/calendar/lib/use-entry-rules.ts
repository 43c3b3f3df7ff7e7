import { useQueries } from '@tanstack/react-query';
import type { ProjectAction } from '@timekeeper/shared';
import { useMemo } from 'react';
import type { TimeEntry } from '@/features/time-entries';
import { accessKeys, useAccess, useMyPermissions } from '@/lib/access';
import { api, ok } from '@/lib/api-client';
import { useProjectOptions } from '@/lib/records/project-options';
import { entryRule, type EntryRule } from './calendar-events';

/**
 * Each entry's rule (`entryRule`), from the caller's permissions and each project's access answer
 * (one cached request per project, shared with the time entries table). Until an answer is in,
 * an entry is neither editable nor movable: the API decides in any case.
 */
export function useEntryRules(entries: TimeEntry[]): Map<number, EntryRule> {
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const projects = useProjectOptions();
  const projectIds = useMemo(() => [...new Set(entries.map((e) => e.project_id))].sort((a, b) => a - b), [entries]);
  const actions = useQueries({
    queries: projectIds.map((id) => ({
      queryKey: accessKeys.project(id),
      queryFn: () => ok(api.GET('/projects/{id}/access', { params: { path: { id } } })),
      staleTime: 30_000,
    })),
    combine: (results) => results.map((r) => r.data?.actions.join(',') ?? '').join('|'),
  });
  return useMemo(() => {
    const byProject = new Map(projectIds.map((id, i) => [id, new Set((actions.split('|')[i] ?? '').split(',').filter(Boolean))]));
    const rules = new Map<number, EntryRule>();
    for (const entry of entries) {
      const allowed = byProject.get(entry.project_id) ?? new Set<string>();
      const project = { can: (action: ProjectAction) => allowed.has(action) };
      const archived = projects.byId.get(entry.project_id)?.status === 'archived';
      rules.set(entry.id, entryRule(entry, { access, me, project, archived }));
    }
    return rules;
  }, [entries, projectIds, actions, access, me, projects.byId]);
}
