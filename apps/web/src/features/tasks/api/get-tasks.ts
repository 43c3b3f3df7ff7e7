import { useQueries, useQuery } from '@tanstack/react-query';
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

/** Up to 100 tasks of one project, for pickers (GET /tasks?project_id=). */
export function projectTasksQuery(projectId: number) {
  return {
    queryKey: tasksKeys.ofProject(projectId),
    queryFn: ({ signal }: { signal: AbortSignal }) => getTasks({ project_id: projectId, per_page: 100 }, signal).then((d) => d.tasks),
    staleTime: 60_000,
  };
}

export function useProjectTasks(projectId: number | undefined) {
  return useQuery({ ...projectTasksQuery(projectId ?? 0), enabled: projectId !== undefined });
}

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
