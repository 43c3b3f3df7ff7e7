import { Pencil, Trash2 } from 'lucide-react';
import { Link } from 'react-router';
import { RowAction } from '@/components/records/row-actions';
import { Badge } from '@/components/ui/badge';
import { DataTable, type Column } from '@/components/ui/data-table';
import { useAccess } from '@/lib/access';
import type { Client } from '../api/types';

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
          {access.can('edit_clients') ? <RowAction icon={Pencil} label="Edit" name={`Edit ${c.name}`} onClick={() => onEdit(c)} /> : null}
          {access.can('delete_clients') && (c.status === 'active' || c.project_count === 0) ? (
            <RowAction icon={Trash2} label="Delete" name={`Delete or archive ${c.name}`} tone="danger" onClick={() => onDelete(c)} />
          ) : null}
        </span>
      ),
    });
  }
  return <DataTable rows={clients} columns={columns} rowKey={(c) => c.id} caption="Clients" />;
}
