/** Shapes of the API tokens endpoints (apps/api tokens.schemas.ts). */
import type { PaginationInfo } from '@/components/ui/pagination';

export type TokenStatus = 'active' | 'expired' | 'revoked';

export interface ApiToken {
  id: number;
  name: string;
  description: string;
  prefix: string;
  scopes: string[];
  allowed_ips: string[] | null;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  last_used_ip: string | null;
  usage_count: number;
  revoked_at: string | null;
  status: TokenStatus;
}

/** The answer of create and rotate: the token plus its secret, which is shown once. */
export interface CreatedApiToken extends ApiToken {
  token: string;
}

/** What the UI keeps after a create/rotate: the secret travels separately and only in component state. */
export interface IssuedSecret {
  tokenName: string;
  prefix: string;
  secret: string;
}

export interface ApiTokenList {
  api_tokens: ApiToken[];
  pagination: PaginationInfo;
}

export interface ScopeCatalog {
  scopes: { name: string; description: string; admin_only: boolean; implies: string[] }[];
  presets: { id: string; name: string; use_for: string; scopes: string[] }[];
  max_lifetime_days: number;
}

export interface CreateApiTokenInput {
  name: string;
  description?: string;
  scopes: string[];
  expires_at?: string;
  expires_in_days?: number;
  allowed_ips?: string[];
}
