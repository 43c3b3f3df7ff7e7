import type { ApiData, ApiQuery, ItemOf } from '@/lib/api/types';

export type AuditList = ApiData<'/audit-logs', 'get'>;
export type AuditEntry = ItemOf<AuditList['audit_logs']>;
/** `action` is exact or a prefix ending in `.*` (`role.*`); `from`/`to` are ISO date-times, inclusive. */
export type AuditFilters = ApiQuery<'/audit-logs', 'get'>;
