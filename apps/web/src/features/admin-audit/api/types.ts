import type { PaginationInfo } from '@/components/ui/pagination';

export interface AuditEntry {
  id: number;
  created_at: string;
  actor_user_id: number | null;
  actor_email: string | null;
  /** session, token, cli or system */
  via: string;
  action: string;
  target_type: string;
  target_id: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  request_id: string | null;
}

export interface AuditFilters {
  /** An exact action, or a prefix ending in `.*` (`role.*`). */
  action?: string;
  actor_user_id?: number;
  target_type?: string;
  target_id?: string;
  /** ISO date-times, inclusive. */
  from?: string;
  to?: string;
  page?: number;
  per_page?: number;
}

export interface AuditList {
  audit_logs: AuditEntry[];
  pagination: PaginationInfo;
}
