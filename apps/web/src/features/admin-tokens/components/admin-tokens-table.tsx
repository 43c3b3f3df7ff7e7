import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable, type Column } from '@/components/ui/data-table';
import { useAccess } from '@/lib/access';
import { useDates } from '@/lib/time-settings';
import { TokenStatusBadge } from '@/features/tokens';
import type { AdminToken } from '../api/types';

const MAX_SCOPES = 4;

interface AdminTokensTableProps {
  tokens: AdminToken[];
  onOwner: (user: AdminToken['user']) => void;
  onRevoke: (token: AdminToken) => void;
}

export function AdminTokensTable({ tokens, onOwner, onRevoke }: AdminTokensTableProps) {
  const { formatDate, formatDateTime } = useDates();
  const canRevoke = useAccess().can('manage_api_tokens');
  const columns: Column<AdminToken>[] = [
    {
      key: 'token',
      header: 'Token',
      card: 'title',
      cell: (t) => (
        <div className="min-w-28">
          <div className="font-medium text-fg">{t.name}</div>
          <code className="text-xs text-fg-subtle">{t.prefix}…</code>
        </div>
      ),
    },
    {
      key: 'owner',
      header: 'Owner',
      cell: (t) => (
        <button
          type="button"
          className="min-w-40 text-left text-accent-fg underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-focus"
          title="Show only this owner's tokens"
          onClick={() => onOwner(t.user)}
        >
          <span className="block">{t.user.name}</span>
          <span className="block break-words text-xs text-fg-subtle">{t.user.email}</span>
        </button>
      ),
    },
    {
      key: 'scopes',
      header: 'Scopes',
      cell: (t) => (
        <span className="flex min-w-32 flex-wrap gap-1" title={t.scopes.join(', ')}>
          {t.scopes.slice(0, MAX_SCOPES).map((s) => (
            <Badge key={s} tone="indigo">
              {s}
            </Badge>
          ))}
          {t.scopes.length > MAX_SCOPES ? <span className="text-xs text-fg-subtle">+{t.scopes.length - MAX_SCOPES} more</span> : null}
        </span>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      card: 'status',
      cell: (t) => (
        <div className="whitespace-nowrap">
          <TokenStatusBadge status={t.status} expiredTone="gray" />
          <div className="mt-1 text-xs text-fg-subtle">
            {t.status === 'revoked'
              ? `revoked ${formatDate(t.revoked_at)}`
              : `${t.status === 'expired' ? 'expired' : 'expires'} ${formatDate(t.expires_at)}`}
          </div>
        </div>
      ),
    },
    {
      key: 'used',
      header: 'Last used',
      cell: (t) => (
        <div className="whitespace-nowrap">
          {formatDateTime(t.last_used_at, 'never')}
          {t.last_used_ip ? <div className="font-mono text-xs text-fg-subtle">{t.last_used_ip}</div> : null}
        </div>
      ),
    },
    { key: 'count', header: 'Requests', className: 'text-right tabular-nums', cell: (t) => t.usage_count.toLocaleString() },
    {
      key: 'actions',
      header: 'Actions',
      card: 'actions',
      cell: (t) =>
        canRevoke && t.status === 'active' ? (
          <Button
            variant="danger"
            className="px-2 py-1 text-xs"
            onClick={() => onRevoke(t)}
            aria-label={`Revoke ${t.name} of ${t.user.email}`}
          >
            Revoke
          </Button>
        ) : null,
    },
  ];
  return <DataTable rows={tokens} columns={columns} rowKey={(t) => t.id} caption="API tokens of every user" />;
}
