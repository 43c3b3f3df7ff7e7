import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { adminTokenKeys } from './admin-tokens-keys';

/** DELETE /admin/api-tokens/{id}: revokes anyone's token, at once on every instance. */
export async function revokeAdminToken(id: number): Promise<void> {
  await ok(api.DELETE('/admin/api-tokens/{id}', { params: { path: { id } } }));
}

export function useRevokeAdminToken() {
  return useInvalidatingMutation(revokeAdminToken, [adminTokenKeys.all], { done: 'Token revoked' });
}
