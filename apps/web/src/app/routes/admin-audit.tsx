import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import {
  AUDIT_FILTER_KEYS,
  AuditFilters,
  type AuditFilterValues,
  AuditTable,
  EMPTY_AUDIT_FILTERS,
  toAuditQuery,
  useAuditLogs,
} from '@/features/admin-audit';

const PER_PAGE = 50;

/** The audit log; every filter lives in the URL so a filtered view can be shared. */
export function AdminAuditRoute() {
  const [params, setParams] = useSearchParams();
  const values: AuditFilterValues = { ...EMPTY_AUDIT_FILTERS };
  for (const key of AUDIT_FILTER_KEYS) values[key] = params.get(key) ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const logs = useAuditLogs({ ...toAuditQuery(values), page, per_page: PER_PAGE });
  const filtered = AUDIT_FILTER_KEYS.some((k) => values[k] !== '');

  const apply = (next: AuditFilterValues, nextPage = 1) => {
    const search = new URLSearchParams();
    for (const key of AUDIT_FILTER_KEYS) if (next[key].trim()) search.set(key, next[key].trim());
    if (nextPage > 1) search.set('page', String(nextPage));
    setParams(search);
  };

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change to users, roles, assignments, tokens and settings: who, when, from where, before and after."
      />
      <AuditFilters key={AUDIT_FILTER_KEYS.map((k) => values[k]).join('|')} value={values} onApply={(next) => apply(next)} />
      <QueryState query={logs} loadingLabel="Loading the audit log…">
        {(data) =>
          data.audit_logs.length === 0 ? (
            <EmptyState title={filtered ? 'No entry matches these filters' : 'The audit log is empty'}>
              {filtered ? (
                <Button variant="secondary" onClick={() => apply(EMPTY_AUDIT_FILTERS)}>
                  Clear filters
                </Button>
              ) : null}
            </EmptyState>
          ) : (
            <div className={logs.isPlaceholderData ? 'opacity-60' : undefined}>
              <AuditTable entries={data.audit_logs} onActor={(id) => apply({ ...values, actor: String(id) })} />
              <Pagination pagination={data.pagination} onPage={(p) => apply(values, p)} />
            </div>
          )
        }
      </QueryState>
    </>
  );
}
