import { useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { tokenKeys } from './token-keys';
import type { ScopeCatalog } from './types';

/** GET /scopes: descriptions, the ready-made presets and the longest lifetime a token may have. */
export function getScopeCatalog(): Promise<ScopeCatalog> {
  return ok(api.GET('/scopes'));
}

export function useScopeCatalog() {
  return useQuery({ queryKey: tokenKeys.scopes, queryFn: getScopeCatalog, staleTime: 10 * 60_000 });
}
