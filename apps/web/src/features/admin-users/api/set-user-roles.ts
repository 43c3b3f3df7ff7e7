import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLES_KEY } from '@/lib/admin-keys';
import { api, ok } from '@/lib/api-client';
import type { RoleAssignment, User } from './types';
import { userKeys } from './users-keys';

/** PUT /users/{id}/roles: replaces the whole set (never your own: the API answers 403). */
export function setUserRoles(id: number, roles: RoleAssignment[]): Promise<User> {
  return ok(api.PUT('/users/{id}/roles', { params: { path: { id } }, body: { roles } }));
}

export function useSetUserRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, roles }: { id: number; roles: RoleAssignment[] }) => setUserRoles(id, roles),
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: ROLES_KEY }),
      ]);
    },
  });
}
