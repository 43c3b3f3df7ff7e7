import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { tokenKeys } from './token-keys';
import type { ApiTokenList, TokenStatus } from './types';

export interface TokenFilter {
  status?: TokenStatus;
  page: number;
}

/** GET /api-tokens: the caller's own tokens (never their secrets). */
export function getApiTokens(filter: TokenFilter): Promise<ApiTokenList> {
  return apiGet<ApiTokenList>('/api-tokens', { query: { status: filter.status, page: filter.page, per_page: 25 } });
}

export function useApiTokens(filter: TokenFilter) {
  return useQuery({ queryKey: tokenKeys.list(filter), queryFn: () => getApiTokens(filter), placeholderData: keepPreviousData });
}
