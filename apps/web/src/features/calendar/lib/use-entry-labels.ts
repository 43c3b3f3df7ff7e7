import { useMemo } from 'react';
import { useTaskNames } from '@/features/tasks';
import type { TimeEntry } from '@/features/time-entries';
import { useProjectOptions } from '@/lib/records/project-options';
import { useDates } from '@/lib/time-settings';
import { entryLabels, type EntryRule, type EventLabels } from './calendar-events';

/** Each entry's title (project and task names), times and screen-reader label. */
export function useEntryLabels(entries: TimeEntry[], rules: Map<number, EntryRule>): Map<number, EventLabels> {
  const dates = useDates();
  const projects = useProjectOptions();
  const taskNames = useTaskNames(entries.map((e) => e.project_id));
  return useMemo(() => {
    const labels = new Map<number, EventLabels>();
    for (const entry of entries) {
      const rule = rules.get(entry.id);
      if (!rule) continue;
      const names = {
        project: projects.byId.get(entry.project_id)?.name,
        task: entry.task_id === null ? undefined : taskNames.get(entry.task_id),
      };
      labels.set(entry.id, entryLabels(entry, names, rule, dates));
    }
    return labels;
  }, [entries, rules, projects.byId, taskNames, dates]);
}
