/** The administration of everyone's API tokens. */
export { useAdminTokens } from './api/get-admin-tokens';
export type { AdminToken, TokenStatus } from './api/types';
export { AdminTokenFilters, type TokenFilterValues } from './components/admin-token-filters';
export { AdminTokensTable } from './components/admin-tokens-table';
export { RevokeTokenDialog } from './components/revoke-token-dialog';
