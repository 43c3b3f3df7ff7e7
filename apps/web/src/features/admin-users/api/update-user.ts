import { ROLES_KEY } from '@/lib/admin-keys';
import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import type { User, UserPatch } from './types';
import { rememberUser, userKeys } from './users-keys';

/** PATCH /users/{id}: name/email need edit_users, is_active needs delete_users. */
export function updateUser(id: number, patch: UserPatch): Promise<User> {
  return ok(api.PATCH('/users/{id}', { params: { path: { id } }, body: patch }));
}

export function useUpdateUser() {
  return useInvalidatingMutation(({ id, patch }: { id: number; patch: UserPatch }) => updateUser(id, patch), [userKeys.all, ROLES_KEY], {
    remember: rememberUser,
    done: (user) => `${user.name} saved`,
  });
}
