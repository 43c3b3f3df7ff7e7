import { Badge } from '@/components/ui/badge';
import { DataTable, type Column } from '@/components/ui/data-table';
import type { ApiToken } from '../api/types';
import type { IssuedSecret } from '../lib/issued-secret';
import { useDates } from '@/lib/time-settings';
import { TokenRowActions } from './token-row-actions';
import { TokenStatusBadge } from './token-status-badge';

export function TokensTable({ tokens, onIssued }: { tokens: ApiToken[]; onIssued: (issued: IssuedSecret) => void }) {
  const { formatDate, formatDateTime } = useDates();
  const columns: Column<ApiToken>[] = [
    {
      key: 'name',
      header: 'Name',
      card: 'title',
      cell: (t) => (
        <div className="min-w-36">
          <p className="font-medium text-fg">{t.name}</p>
          {t.description ? <p className="text-xs text-fg-subtle">{t.description}</p> : null}
          <p className="font-mono text-xs text-fg-subtle">{t.prefix}…</p>
        </div>
      ),
    },
    {
      key: 'scopes',
      header: 'Scopes',
      cell: (t) => (
        <ul className="flex min-w-40 flex-wrap gap-1" aria-label={`Scopes of ${t.name}`}>
          {t.scopes.map((s) => (
            <li key={s}>
              <Badge tone={s.includes('*') || s === 'admin:all' ? 'yellow' : s.startsWith('write:') ? 'indigo' : 'gray'}>{s}</Badge>
            </li>
          ))}
        </ul>
      ),
    },
    { key: 'status', header: 'Status', card: 'status', cell: (t) => <TokenStatusBadge status={t.status} /> },
    { key: 'expires', header: 'Expires', cell: (t) => <span className="whitespace-nowrap">{formatDate(t.expires_at)}</span> },
    {
      key: 'used',
      header: 'Last used',
      cell: (t) =>
        t.last_used_at ? (
          <div className="whitespace-nowrap">
            <p>{formatDateTime(t.last_used_at)}</p>
            {t.last_used_ip ? <p className="font-mono text-xs text-fg-subtle">from {t.last_used_ip}</p> : null}
          </div>
        ) : (
          <span className="text-fg-subtle">Never</span>
        ),
    },
    { key: 'count', header: 'Requests', className: 'text-right', cell: (t) => t.usage_count.toLocaleString() },
    { key: 'actions', header: 'Actions', card: 'actions', cell: (t) => <TokenRowActions token={t} onIssued={onIssued} /> },
  ];
  return <DataTable rows={tokens} columns={columns} rowKey={(t) => t.id} caption="Your API tokens" />;
}
