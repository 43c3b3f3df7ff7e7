import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { tokenKeys } from './token-keys';
import type { ApiTokenList, ApiTokenQuery } from './types';

/** The list's filter: a status and the page (always 25 a page). */
export type TokenFilter = Pick<ApiTokenQuery, 'status'> & Required<Pick<ApiTokenQuery, 'page'>>;

/** GET /api-tokens: the caller's own tokens (never their secrets). */
export function getApiTokens(filter: TokenFilter): Promise<ApiTokenList> {
  return ok(api.GET('/api-tokens', { params: { query: { status: filter.status, page: filter.page, per_page: 25 } } }));
}

export function useApiTokens(filter: TokenFilter) {
  return useQuery({ queryKey: tokenKeys.list(filter), queryFn: () => getApiTokens(filter), placeholderData: keepPreviousData });
}
