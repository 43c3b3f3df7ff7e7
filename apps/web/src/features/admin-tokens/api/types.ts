import type { PaginationInfo } from '../../../components/ui/pagination';

export type TokenStatus = 'active' | 'expired' | 'revoked';

/** A token as `GET /admin/api-tokens` lists it: never the secret, with its owner and usage. */
export interface AdminToken {
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
  user: { id: number; email: string; name: string };
}

export interface AdminTokenFilters {
  status?: TokenStatus;
  user_id?: number;
  q?: string;
  page?: number;
  per_page?: number;
}

export interface AdminTokenList {
  api_tokens: AdminToken[];
  pagination: PaginationInfo;
}
