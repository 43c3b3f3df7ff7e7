import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accessKeys } from '@/lib/access';
import { apiPatch } from '@/lib/api-client';
import { userKeys } from '@/features/admin-users/api/users-keys';
import { roleKeys } from './roles-keys';
import type { Role, RoleInput } from './types';

export type RolePatch = Partial<RoleInput>;

/** PATCH /roles/{id}: only the fields that changed (a system role's name never does). */
export function updateRole(id: number, patch: RolePatch): Promise<Role> {
  return apiPatch<Role>(`/roles/${id}`, patch);
}

export function useUpdateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: RolePatch }) => updateRole(id, patch),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: roleKeys.all }),
        // A renamed role shows on user badges; a changed role may change what *I* may do.
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: accessKeys.all }),
      ]),
  });
}
