import { useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import type { UserPermissions } from './types';
import { userKeys } from './users-keys';

/** GET /users/{id}/permissions: a user's effective permissions right now. */
export function getUserPermissions(id: number): Promise<UserPermissions> {
  return ok(api.GET('/users/{id}/permissions', { params: { path: { id } } }));
}

export function useUserPermissions(id: number) {
  return useQuery({ queryKey: userKeys.permissions(id), queryFn: () => getUserPermissions(id) });
}
