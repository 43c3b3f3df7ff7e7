import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import {
  type AdminToken,
  AdminTokenFilters,
  AdminTokensTable,
  RevokeTokenDialog,
  type TokenFilterValues,
  type TokenStatus,
  useAdminTokens,
} from '@/features/admin-tokens';

const PER_PAGE = 50;
const STATUSES: readonly string[] = ['active', 'expired', 'revoked'] satisfies TokenStatus[];

/** Every user's API tokens (manage_api_tokens): `?q=&status=&user_id=&owner=&page=`. */
export function AdminTokensRoute() {
  const [params, setParams] = useSearchParams();
  const [revoking, setRevoking] = useState<AdminToken | null>(null);
  const status = params.get('status') ?? '';
  const ownerId = Number(params.get('user_id')) || null;
  const filters: TokenFilterValues = {
    q: params.get('q') ?? '',
    status: STATUSES.includes(status) ? status : '',
    owner: ownerId ? { id: ownerId, label: params.get('owner') ?? `user ${ownerId}` } : null,
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const tokens = useAdminTokens({
    q: filters.q || undefined,
    status: (filters.status || undefined) as TokenStatus | undefined,
    user_id: filters.owner?.id,
    page,
    per_page: PER_PAGE,
  });

  const apply = (next: TokenFilterValues, nextPage = 1) => {
    const search = new URLSearchParams();
    if (next.q) search.set('q', next.q);
    if (next.status) search.set('status', next.status);
    if (next.owner) {
      search.set('user_id', String(next.owner.id));
      search.set('owner', next.owner.label);
    }
    if (nextPage > 1) search.set('page', String(nextPage));
    setParams(search);
  };
  const filtered = filters.q !== '' || filters.status !== '' || filters.owner !== null;

  return (
    <>
      <PageHeader title="All API tokens" description="Every user's tokens with their usage. Revoking one stops it at once." />
      <AdminTokenFilters key={`${filters.q}|${filters.status}|${ownerId ?? ''}`} value={filters} onChange={(next) => apply(next)} />
      <QueryState query={tokens} loadingLabel="Loading tokens…">
        {(data) =>
          data.api_tokens.length === 0 ? (
            <EmptyState title={filtered ? 'No token matches these filters' : 'Nobody has created an API token yet'}>
              {filtered ? (
                <Button variant="secondary" onClick={() => apply({ q: '', status: '', owner: null })}>
                  Clear filters
                </Button>
              ) : null}
            </EmptyState>
          ) : (
            <div className={tokens.isPlaceholderData ? 'opacity-60' : undefined}>
              <AdminTokensTable
                tokens={data.api_tokens}
                onOwner={(user) => apply({ ...filters, owner: { id: user.id, label: user.email } })}
                onRevoke={setRevoking}
              />
              <Pagination pagination={data.pagination} onPage={(p) => apply(filters, p)} />
            </div>
          )
        }
      </QueryState>
      <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
