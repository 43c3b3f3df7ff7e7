import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { tokenKeys } from './token-keys';
import type { IssuedSecret } from '../lib/issued-secret';
import type { ApiToken, CreateApiTokenInput, CreatedApiToken } from './types';

/** POST /api-tokens: the answer carries the secret, once. */
export function createApiToken(input: CreateApiTokenInput): Promise<CreatedApiToken> {
  return ok(api.POST('/api-tokens', { body: input }));
}

/**
 * Splits the secret off an issued token: the caller hands it to component state at once, and only
 * the rest is returned, so the secret never lands in the mutation (or query) cache.
 */
export function withoutSecret(created: CreatedApiToken, onSecret: (issued: IssuedSecret) => void): ApiToken {
  const { token, ...view } = created;
  onSecret({ tokenName: view.name, prefix: view.prefix, secret: token });
  return view;
}

export function useCreateApiToken(onSecret: (issued: IssuedSecret) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateApiTokenInput) => withoutSecret(await createApiToken(input), onSecret),
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.lists() }),
  });
}
