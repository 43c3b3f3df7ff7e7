import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { roleKeys } from './roles-keys';

/** DELETE /roles/{id}: custom roles only; 409 while users still hold it. */
export async function deleteRole(id: number): Promise<void> {
  await ok(api.DELETE('/roles/{id}', { params: { path: { id } } }));
}

export function useDeleteRole() {
  return useInvalidatingMutation(deleteRole, [roleKeys.all], { done: 'Role deleted' });
}
