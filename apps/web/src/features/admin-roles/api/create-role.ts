import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { roleKeys } from './roles-keys';
import type { Role, RoleInput } from './types';

/** POST /roles: a custom role (only permissions the caller holds; 409 when the name is taken). */
export function createRole(input: RoleInput): Promise<Role> {
  return ok(api.POST('/roles', { body: input }));
}

export function useCreateRole() {
  return useInvalidatingMutation(createRole, [roleKeys.all], { done: (role) => `Role ${role.name} created` });
}
