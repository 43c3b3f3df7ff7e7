/** Shapes of the API tokens endpoints, from the generated OpenAPI types (apps/api tokens.schemas.ts). */
import type { ApiBody, ApiData, ApiQuery, ItemOf } from '@/lib/api/types';

export type ApiTokenList = ApiData<'/api-tokens', 'get'>;
export type ApiToken = ItemOf<ApiTokenList['api_tokens']>;
export type TokenStatus = ApiToken['status'];
export type ApiTokenQuery = ApiQuery<'/api-tokens', 'get'>;
/** The answer of create and rotate: the token plus its secret, which is shown once. */
export type CreatedApiToken = ApiData<'/api-tokens', 'post'>;
export type CreateApiTokenInput = ApiBody<'/api-tokens', 'post'>;
export type ScopeCatalog = ApiData<'/scopes', 'get'>;
