import { useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import type { User } from './types';
import { userKeys } from './users-keys';

/** GET /users/{id}: yourself, or anyone with view_users (404 otherwise). */
export function getUser(id: number): Promise<User> {
  return ok(api.GET('/users/{id}', { params: { path: { id } } }));
}

export function useUser(id: number | null) {
  return useQuery({ queryKey: userKeys.detail(id ?? 0), queryFn: () => getUser(id!), enabled: id !== null });
}
