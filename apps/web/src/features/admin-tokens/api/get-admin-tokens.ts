import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { adminTokenKeys } from './admin-tokens-keys';
import type { AdminTokenFilters, AdminTokenList } from './types';

/** GET /admin/api-tokens (manage_api_tokens): every user's tokens with usage. */
export function getAdminTokens(filters: AdminTokenFilters): Promise<AdminTokenList> {
  return ok(api.GET('/admin/api-tokens', { params: { query: filters } }));
}

export function useAdminTokens(filters: AdminTokenFilters) {
  return useQuery({ queryKey: adminTokenKeys.list(filters), queryFn: () => getAdminTokens(filters), placeholderData: keepPreviousData });
}
