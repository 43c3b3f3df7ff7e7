import { useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { participationKeys } from './participation-keys';
import type { UserOption } from './types';

/** GET /users?q= (view_users): people to add to a project. */
export async function searchUsers(q: string): Promise<UserOption[]> {
  const data = await ok(api.GET('/users', { params: { query: { q, is_active: true, per_page: 10 } } }));
  return data.users;
}

export function useUserSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: participationKeys.userSearch(q),
    queryFn: () => searchUsers(q),
    enabled: enabled && q.trim().length > 0,
    staleTime: 60_000,
  });
}
