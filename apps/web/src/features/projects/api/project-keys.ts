import type { ProjectFilter } from './types';

/** Query keys of the projects feature; mutations invalidate by these. */
export const projectKeys = {
  all: ['projects'] as const,
  lists: () => [...projectKeys.all, 'list'] as const,
  list: (filter: ProjectFilter) => [...projectKeys.lists(), filter] as const,
  detail: (id: number) => [...projectKeys.all, 'detail', id] as const,
  tasks: (id: number, page: number) => [...projectKeys.all, 'detail', id, 'tasks', page] as const,
  time: (id: number, page: number) => [...projectKeys.all, 'detail', id, 'time', page] as const,
  /** Under the detail key, so a project update (which invalidates `all`) refreshes it too. */
  financials: (id: number) => [...projectKeys.all, 'detail', id, 'financials'] as const,
  clientOptions: ['projects', 'client-options'] as const,
  /** The client picker's searches, by client status (the typed text is appended by the picker). */
  clientSearch: (status: 'active' | 'all') => ['projects', 'client-search', status] as const,
};
