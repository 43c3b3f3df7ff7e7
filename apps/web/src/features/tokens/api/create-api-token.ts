import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
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

/** A mutation that issues a secret (create, rotate): the secret goes to `onSecret`, never into a cache. */
export function useIssueToken<TVariables>(
  issue: (variables: TVariables) => Promise<CreatedApiToken>,
  onSecret: (issued: IssuedSecret) => void,
) {
  return useInvalidatingMutation(async (variables: TVariables) => withoutSecret(await issue(variables), onSecret), [tokenKeys.lists()], {
    gcTime: 0,
    done: 'Token created: copy its secret now',
  });
}

export function useCreateApiToken(onSecret: (issued: IssuedSecret) => void) {
  return useIssueToken(createApiToken, onSecret);
}
