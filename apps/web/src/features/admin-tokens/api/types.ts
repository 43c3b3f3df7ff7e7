import type { PaginationInfo } from '@/components/ui/pagination';
import type { ApiToken, TokenStatus } from '@/features/tokens/api/types';

export type { TokenStatus };

/** A token as `GET /admin/api-tokens` lists it: the owner's view (never the secret) plus the owner. */
export interface AdminToken extends ApiToken {
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
