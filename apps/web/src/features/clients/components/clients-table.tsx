import { Pencil, Trash2 } from 'lucide-react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { DataTable, type Column } from '@/components/ui/data-table';
import { useAccess } from '@/lib/access';
import type { Client } from '../api/types';

const small =
  'inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium ring-1 ring-inset focus:outline-none focus-visible:ring-2 focus-visible:ring-focus';

export function ClientsTable({
  clients,
  onEdit,
  onDelete,
}: {
  clients: Client[];
  onEdit: (c: Client) => void;
  onDelete: (c: Client) => void;
}) {
  const access = useAccess();
  const columns: Column<Client>[] = [
    {
      key: 'name',
      header: 'Client',
      cell: (c) => (
        <div>
          <Link to={`/clients/${c.id}`} className="font-medium text-accent-fg hover:underline">
            {c.name}
          </Link>
          {c.email ? <p className="text-xs text-fg-subtle">{c.email}</p> : null}
          {c.notes ? (
            <p className="mt-1 line-clamp-2 max-w-xs text-xs text-fg-muted" title={c.notes}>
              <span className="font-medium">Note:</span> {c.notes}
            </p>
          ) : null}
        </div>
      ),
    },
    { key: 'phone', header: 'Phone', cell: (c) => c.phone ?? <span className="text-fg-subtle">—</span> },
    { key: 'projects', header: 'Projects', className: 'text-right tabular-nums', cell: (c) => c.project_count },
    {
      key: 'status',
      header: 'Status',
      cell: (c) => (c.status === 'active' ? <Badge tone="green">Active</Badge> : <Badge tone="gray">Archived</Badge>),
    },
  ];
  if (access.can('edit_clients') || access.can('delete_clients')) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      cell: (c) => (
        <span className="flex flex-wrap gap-1">
          {access.can('edit_clients') ? (
            <button
              type="button"
              className={`${small} text-fg-secondary ring-line-strong hover:bg-surface-strong`}
              onClick={() => onEdit(c)}
              aria-label={`Edit ${c.name}`}
            >
              <Pencil aria-hidden="true" className="size-3.5" /> Edit
            </button>
          ) : null}
          {access.can('delete_clients') && (c.status === 'active' || c.project_count === 0) ? (
            <button
              type="button"
              className={`${small} text-danger-fg ring-danger-line hover:bg-danger-soft`}
              onClick={() => onDelete(c)}
              aria-label={`Delete or archive ${c.name}`}
            >
              <Trash2 aria-hidden="true" className="size-3.5" /> Delete
            </button>
          ) : null}
        </span>
      ),
    });
  }
  return <DataTable rows={clients} columns={columns} rowKey={(c) => c.id} caption="Clients" />;
}
