import { api, ok } from '@/lib/api-client';
import { usePageQuery } from '@/lib/page-query';
import type { UserFilters, UserList } from './types';
import { userKeys } from './users-keys';

/** GET /users (view_users): search, role and status filters, paginated. */
export function getUsers(filters: UserFilters, signal?: AbortSignal): Promise<UserList> {
  return ok(api.GET('/users', { params: { query: filters }, signal }));
}

export function useUsers(filters: UserFilters, options: { enabled?: boolean } = {}) {
  return usePageQuery(userKeys.list(filters), () => getUsers(filters), options.enabled ?? true);
}
