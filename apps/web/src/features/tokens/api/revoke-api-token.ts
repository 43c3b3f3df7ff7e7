import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { tokenKeys } from './token-keys';

/** DELETE /api-tokens/{id}: revokes at once, on every instance. */
export async function revokeApiToken(id: number): Promise<void> {
  await ok(api.DELETE('/api-tokens/{id}', { params: { path: { id } } }));
}

export function useRevokeApiToken() {
  return useInvalidatingMutation(revokeApiToken, [tokenKeys.lists()], { done: 'Token revoked' });
}
