import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { withoutSecret } from './create-api-token';
import { tokenKeys } from './token-keys';
import type { IssuedSecret } from '../lib/issued-secret';
import type { CreatedApiToken } from './types';

/** POST /api-tokens/{id}/rotate: a new secret with the same scopes; the old token is revoked. */
export function rotateApiToken(id: number): Promise<CreatedApiToken> {
  return ok(api.POST('/api-tokens/{id}/rotate', { params: { path: { id } } }));
}

export function useRotateApiToken(onSecret: (issued: IssuedSecret) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => withoutSecret(await rotateApiToken(id), onSecret),
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.lists() }),
  });
}
