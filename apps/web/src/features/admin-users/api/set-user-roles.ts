import { ROLES_KEY } from '@/lib/admin-keys';
import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import type { RoleAssignment, User } from './types';
import { rememberUser, userKeys } from './users-keys';

/** PUT /users/{id}/roles: replaces the whole set (never your own: the API answers 403). */
export function setUserRoles(id: number, roles: RoleAssignment[]): Promise<User> {
  return ok(api.PUT('/users/{id}/roles', { params: { path: { id } }, body: { roles } }));
}

export function useSetUserRoles() {
  return useInvalidatingMutation(
    ({ id, roles }: { id: number; roles: RoleAssignment[] }) => setUserRoles(id, roles),
    [userKeys.all, ROLES_KEY],
    {
      remember: rememberUser,
      done: 'Roles saved',
    },
  );
}
