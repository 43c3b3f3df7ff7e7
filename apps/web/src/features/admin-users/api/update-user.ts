import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLES_KEY } from '@/lib/admin-keys';
import { api, ok } from '@/lib/api-client';
import type { User, UserPatch } from './types';
import { userKeys } from './users-keys';

/** PATCH /users/{id}: name/email need edit_users, is_active needs delete_users. */
export function updateUser(id: number, patch: UserPatch): Promise<User> {
  return ok(api.PATCH('/users/{id}', { params: { path: { id } }, body: patch }));
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: UserPatch }) => updateUser(id, patch),
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: ROLES_KEY }),
      ]);
    },
  });
}
