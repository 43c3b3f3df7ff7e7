import type { TaskFilters } from './types';

/** Query keys of tasks; every task change invalidates `tasksKeys.all`. */
export const tasksKeys = {
  all: ['tasks'] as const,
  list: (filters: TaskFilters) => [...tasksKeys.all, 'list', filters] as const,
};
