/** Your own API tokens: the page's panel and dialog, and the pieces the token administration shares. */
export type { ApiToken, TokenStatus } from './api/types';
export { CreateTokenDialog } from './components/create-token-dialog';
export { TokenStatusBadge } from './components/token-status-badge';
export { TokensPanel } from './components/tokens-panel';
