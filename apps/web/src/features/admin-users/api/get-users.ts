import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import type { UserFilters, UserList } from './types';
import { userKeys } from './users-keys';

/** GET /users (view_users): search, role and status filters, paginated. */
export function getUsers(filters: UserFilters): Promise<UserList> {
  return apiGet<UserList>('/users', { query: { ...filters } });
}

export function useUsers(filters: UserFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: userKeys.list(filters),
    queryFn: () => getUsers(filters),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
