/** The audit log page. */
export { useAuditLogs } from './api/get-audit-logs';
export { AuditFilters } from './components/audit-filters';
export { AuditTable } from './components/audit-table';
export { AUDIT_FILTER_KEYS, EMPTY_AUDIT_FILTERS, toAuditQuery, type AuditFilterValues } from './lib/audit-filters';
