import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import type { AuditFilters, AuditList } from './types';

export const auditKeys = {
  all: ['admin-audit'] as const,
  list: (filters: AuditFilters) => [...auditKeys.all, 'list', filters] as const,
};

/** GET /audit-logs (view_audit_logs): newest first, filtered, paginated. */
export function getAuditLogs(filters: AuditFilters): Promise<AuditList> {
  return ok(api.GET('/audit-logs', { params: { query: filters } }));
}

export function useAuditLogs(filters: AuditFilters) {
  return useQuery({
    queryKey: auditKeys.list(filters),
    queryFn: () => getAuditLogs(filters),
    placeholderData: keepPreviousData,
    // The log grows with every change made elsewhere: always refetch on a visit.
    staleTime: 0,
  });
}
