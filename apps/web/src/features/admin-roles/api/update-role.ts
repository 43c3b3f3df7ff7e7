import { accessKeys } from '@/lib/access';
import { USERS_KEY } from '@/lib/admin-keys';
import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { roleKeys } from './roles-keys';
import type { Role, RolePatch } from './types';

/** PATCH /roles/{id}: only the fields that changed (a system role's name never does). */
export function updateRole(id: number, patch: RolePatch): Promise<Role> {
  return ok(api.PATCH('/roles/{id}', { params: { path: { id } }, body: patch }));
}

export function useUpdateRole() {
  // A renamed role shows on user badges; a changed role may change what *I* may do.
  return useInvalidatingMutation(
    ({ id, patch }: { id: number; patch: RolePatch }) => updateRole(id, patch),
    [roleKeys.all, USERS_KEY, accessKeys.all],
    { done: 'Role saved' },
  );
}
