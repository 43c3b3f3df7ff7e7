import type { ApiData, ApiQuery, ItemOf } from '@/lib/api/types';

export type AdminTokenList = ApiData<'/admin/api-tokens', 'get'>;
/** A token as `GET /admin/api-tokens` lists it: the owner's view (never the secret) plus the owner. */
export type AdminToken = ItemOf<AdminTokenList['api_tokens']>;
export type TokenStatus = AdminToken['status'];
export type AdminTokenFilters = ApiQuery<'/admin/api-tokens', 'get'>;
