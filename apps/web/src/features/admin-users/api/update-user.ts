import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPatch } from '@/lib/api-client';
import { roleKeys } from '@/features/admin-roles/api/roles-keys';
import type { User } from './types';
import { userKeys } from './users-keys';

export interface UserPatch {
  name?: string;
  email?: string;
  /** Needs delete_users; false ends the user's sessions at once. */
  is_active?: boolean;
}

/** PATCH /users/{id}: name/email need edit_users, is_active needs delete_users. */
export function updateUser(id: number, patch: UserPatch): Promise<User> {
  return apiPatch<User>(`/users/${id}`, patch);
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: UserPatch }) => updateUser(id, patch),
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: roleKeys.all }),
      ]);
    },
  });
}
