import { Plus } from 'lucide-react';
import { useDeferredValue, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { Can } from '@/lib/access';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useListEditing } from '@/lib/records/use-list-editing';
import { useDeleteClient } from '../api/delete-client';
import { useClients } from '../api/get-clients';
import type { Client, ClientFilters } from '../api/types';
import { ClientForm } from './client-form';
import { ClientsTable } from './clients-table';

/** Clients with search and status filter, add/edit dialog, and delete-or-archive. */
export function ClientsList() {
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const [status, setStatus] = useState<NonNullable<ClientFilters['status']>>('active');
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useDeleteClient();
  const edit = useListEditing<Client>(remove);
  const deleting = edit.deleting;
  const query = useClients({ q, status, page });

  // Deleting a client still referenced by a project archives it instead: the notice says which happened.
  const confirmDelete = () =>
    deleting &&
    remove.mutate(deleting, {
      onSuccess: (result) => {
        setNotice(
          result.outcome === 'archived'
            ? `${deleting.name} is still referenced by a project, so it was archived instead of deleted. Restore it any time by editing it.`
            : `${deleting.name} was deleted.`,
        );
        edit.confirm.onOpenChange(false);
      },
    });

  return (
    <section aria-label="Clients" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div
          className="flex flex-wrap items-end gap-3 rounded-lg bg-surface p-3 shadow-sm ring-1 ring-line"
          role="search"
          aria-label="Filters"
        >
          <TextField
            className="w-full sm:w-64"
            label="Search"
            type="search"
            maxLength={200}
            placeholder="Name or email"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(1);
            }}
          />
          <SelectField
            className="w-full sm:w-40"
            label="Status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as typeof status);
              setPage(1);
            }}
            options={[
              { value: 'active', label: 'Active' },
              { value: 'archived', label: 'Archived' },
              { value: 'all', label: 'All' },
            ]}
          />
        </div>
        <Can permission="create_clients">
          <Button onClick={edit.startNew}>
            <Plus aria-hidden="true" className="mr-1 size-4" /> Add client
          </Button>
        </Can>
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <QueryState query={query} loadingLabel="Loading clients…">
        {(data) =>
          data.clients.length === 0 ? (
            <EmptyState title={q ? `No clients match “${q}”` : 'No clients here yet'} />
          ) : (
            <>
              <ClientsTable clients={data.clients} onEdit={edit.startEdit} onDelete={edit.askDelete} />
              <Pagination pagination={data.pagination} onPage={setPage} />
            </>
          )
        }
      </QueryState>
      <Dialog open={edit.isOpen} onOpenChange={edit.onOpenChange} title={edit.edited ? 'Edit client' : 'Add client'}>
        {edit.isOpen ? <ClientForm key={edit.edited?.id ?? 'new'} client={edit.edited} onDone={edit.close} /> : null}
      </Dialog>
      <ConfirmDialog
        {...edit.confirm}
        onConfirm={confirmDelete}
        title={`Delete ${deleting?.name ?? 'client'}?`}
        confirmLabel={deleting && deleting.project_count > 0 ? 'Archive client' : 'Delete client'}
      >
        <p>
          {deleting && deleting.project_count > 0
            ? `${deleting.name} is referenced by ${deleting.project_count} ${deleting.project_count === 1 ? 'project' : 'projects'}, so it will be archived instead of deleted: its projects keep it, and you can restore it later.`
            : 'The client is deleted for good. Clients still referenced by projects are archived instead.'}
        </p>
      </ConfirmDialog>
    </section>
  );
}
