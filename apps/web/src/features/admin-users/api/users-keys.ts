import { USERS_KEY } from '@/lib/admin-keys';
import type { QueryClient } from '@tanstack/react-query';
import type { User, UserFilters } from './types';

/** Query keys of the users feature; mutations invalidate by these. */
export const userKeys = {
  all: USERS_KEY,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (filters: UserFilters) => [...userKeys.lists(), filters] as const,
  detail: (id: number) => [...userKeys.all, 'detail', id] as const,
  permissions: (id: number) => [...userKeys.all, 'permissions', id] as const,
};

/** A saved user's answer is the new detail: no refetch needed for it. */
export function rememberUser(user: User, queryClient: QueryClient): void {
  queryClient.setQueryData(userKeys.detail(user.id), user);
}
