import type { AdminTokenFilters } from './types';

export const adminTokenKeys = {
  all: ['admin-tokens'] as const,
  list: (filters: AdminTokenFilters) => [...adminTokenKeys.all, 'list', filters] as const,
};
