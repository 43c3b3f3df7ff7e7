import { useQueries } from '@tanstack/react-query';
import { projectTasksQuery } from '@/lib/records/project-search';
import { api, ok } from '@/lib/api-client';
import { usePageQuery } from '@/lib/page-query';
import { tasksKeys } from './tasks-keys';
import type { Task, TaskFilters, TaskList } from './types';

export function getTasks(filters: TaskFilters, signal?: AbortSignal): Promise<TaskList> {
  return ok(api.GET('/tasks', { params: { query: filters }, signal }));
}

/** GET /tasks: the tasks the caller can see, filtered. */
export function useTasks(filters: TaskFilters) {
  return usePageQuery(tasksKeys.list(filters), (signal) => getTasks(filters, signal));
}

/** The tasks of one project (GET /tasks?project_id=, cached with the pickers). */
export { useProjectTasks } from '@/lib/records/project-search';

/** Task names for the projects of a list of records (e.g. a page of time entries). */
export function useTaskNames(projectIds: number[]): Map<number, string> {
  const unique = [...new Set(projectIds)].sort((a, b) => a - b);
  return useQueries({ queries: unique.map((id) => projectTasksQuery(id)), combine: taskNamesOf });
}

/** Stable, so TanStack Query recomputes the map only when a result changes. */
function taskNamesOf(results: { data?: Task[] | undefined }[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const r of results) for (const t of r.data ?? []) names.set(t.id, t.name);
  return names;
}
