import { USERS_KEY } from '@/lib/admin-keys';
import type { UserFilters } from './types';

/** Query keys of the users feature; mutations invalidate by these. */
export const userKeys = {
  all: USERS_KEY,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (filters: UserFilters) => [...userKeys.lists(), filters] as const,
  detail: (id: number) => [...userKeys.all, 'detail', id] as const,
  permissions: (id: number) => [...userKeys.all, 'permissions', id] as const,
};
