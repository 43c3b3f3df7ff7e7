import { api, ok } from '@/lib/api-client';
import { useIssueToken } from './create-api-token';
import type { IssuedSecret } from '../lib/issued-secret';
import type { CreatedApiToken } from './types';

/** POST /api-tokens/{id}/rotate: a new secret with the same scopes; the old token is revoked. */
export function rotateApiToken(id: number): Promise<CreatedApiToken> {
  return ok(api.POST('/api-tokens/{id}/rotate', { params: { path: { id } } }));
}

export function useRotateApiToken(onSecret: (issued: IssuedSecret) => void) {
  return useIssueToken(rotateApiToken, onSecret);
}
