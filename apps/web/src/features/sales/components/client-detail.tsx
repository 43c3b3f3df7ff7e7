import { Pencil, Plus, Star, Trash2 } from 'lucide-react';
import { Link } from 'react-router';
import { RowAction } from '@/components/records/row-actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, type Column } from '@/components/ui/data-table';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorMessage } from '@/components/ui/error-message';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { Spinner } from '@/components/ui/spinner';
import { useClient, useProjects } from '@/features/projects';
import { Can, useAccess } from '@/lib/access';
import { isApiError } from '@/lib/api-client';
import { usePageDetail } from '@/lib/document-title';
import { useListEditing } from '@/lib/records/use-list-editing';
import { contactName, useContacts, useDeleteContact } from '../api/contacts';
import { useDeals } from '../api/deals';
import type { Contact } from '../api/types';
import { ContactForm } from './contact-form';
import { DealsTable } from './deals-view';

/** A client's page: its facts, contacts, deals and projects, each as far as the caller may see them. */
export function ClientDetail({ clientId }: { clientId: number }) {
  const client = useClient(clientId);
  const access = useAccess();
  usePageDetail(client.data?.name);
  if (isApiError(client.error) && client.error.status === 404) {
    return <EmptyState title="Client not found">It does not exist, or you may not see it.</EmptyState>;
  }
  if (client.error) return <ErrorMessage error={client.error} title="Could not load this client" onRetry={() => void client.refetch()} />;
  if (!client.data || !access.ready) return <Spinner label="Loading the client…" />;
  const c = client.data;
  return (
    <article className="space-y-6" aria-labelledby="client-title">
      <header>
        <h1 id="client-title" className="flex flex-wrap items-center gap-3 text-2xl font-bold tracking-tight text-fg">
          {c.name} {c.status === 'archived' ? <Badge tone="gray">Archived</Badge> : null}
        </h1>
        <p className="mt-1 text-sm text-fg-muted">{[c.email, c.phone].filter(Boolean).join(' · ') || 'No email or phone on record'}</p>
        {c.address ? <p className="mt-1 whitespace-pre-line text-sm text-fg-secondary">{c.address}</p> : null}
      </header>
      {access.can('view_contacts') ? <ContactsPanel clientId={clientId} /> : null}
      {access.can('view_own_deals') ? <ClientDeals clientId={clientId} /> : null}
      {access.can('view_projects') ? <ClientProjects clientId={clientId} /> : null}
    </article>
  );
}

function ContactsPanel({ clientId }: { clientId: number }) {
  const contacts = useContacts(clientId);
  const access = useAccess();
  const remove = useDeleteContact();
  const edit = useListEditing<Contact>(remove);
  const columns: Column<Contact>[] = [
    {
      key: 'name',
      header: 'Name',
      card: 'title',
      cell: (c) => (
        <span className="inline-flex items-center gap-2 font-medium text-fg">
          {contactName(c)}
          {c.is_primary ? (
            <Badge tone="indigo">
              <Star aria-hidden="true" className="mr-0.5 inline size-3" />
              Primary
            </Badge>
          ) : null}
        </span>
      ),
    },
    { key: 'title', header: 'Job title', card: 'subtitle', cell: (c) => c.title ?? <span className="text-fg-subtle">—</span> },
    {
      key: 'email',
      header: 'Email',
      cell: (c) =>
        c.email ? (
          <a href={`mailto:${c.email}`} className="text-accent-fg hover:underline">
            {c.email}
          </a>
        ) : (
          <span className="text-fg-subtle">—</span>
        ),
    },
    { key: 'phone', header: 'Phone', cell: (c) => c.phone ?? <span className="text-fg-subtle">—</span> },
  ];
  if (access.can({ anyOf: ['edit_contacts', 'delete_contacts'] })) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      card: 'actions',
      cell: (c) => (
        <span className="flex flex-wrap gap-1">
          {access.can('edit_contacts') ? (
            <RowAction icon={Pencil} label="Edit" name={`Edit ${contactName(c)}`} onClick={() => edit.startEdit(c)} />
          ) : null}
          {access.can('delete_contacts') ? (
            <RowAction icon={Trash2} label="Delete" name={`Delete ${contactName(c)}`} tone="danger" onClick={() => edit.askDelete(c)} />
          ) : null}
        </span>
      ),
    });
  }
  return (
    <Panel title="Contacts" titleSize="lg" description="The people at this client. The primary contact is listed first.">
      <div className="mt-3 space-y-3">
        <Can permission="create_contacts">
          <Button variant="secondary" onClick={edit.startNew}>
            <Plus aria-hidden="true" className="mr-1 size-4" /> Add contact
          </Button>
        </Can>
        <QueryState query={contacts} loadingLabel="Loading contacts…">
          {(data) =>
            data.contacts.length === 0 ? (
              <p className="text-sm text-fg-muted">No contacts yet.</p>
            ) : (
              <DataTable rows={data.contacts} columns={columns} rowKey={(c) => c.id} caption="Contacts" />
            )
          }
        </QueryState>
      </div>
      <Dialog open={edit.isOpen} onOpenChange={edit.onOpenChange} title={edit.edited ? 'Edit contact' : 'Add contact'}>
        {edit.isOpen ? <ContactForm key={edit.edited?.id ?? 'new'} clientId={clientId} contact={edit.edited} onDone={edit.close} /> : null}
      </Dialog>
      <ConfirmDialog
        {...edit.confirm}
        title={`Delete ${edit.deleting ? contactName(edit.deleting) : 'contact'}?`}
        confirmLabel="Delete contact"
      >
        <p>The contact is deleted for good. Deals that named them keep their client.</p>
      </ConfirmDialog>
    </Panel>
  );
}

function ClientDeals({ clientId }: { clientId: number }) {
  const deals = useDeals({ client_id: clientId, per_page: 100 });
  return (
    <Panel title="Deals" titleSize="lg" description="Open and closed deals with this client that you may see.">
      <div className="mt-3">
        <QueryState query={deals} loadingLabel="Loading deals…">
          {(data) =>
            data.deals.length === 0 ? (
              <p className="text-sm text-fg-muted">No deals with this client.</p>
            ) : (
              <DealsTable deals={data.deals} showClient={false} />
            )
          }
        </QueryState>
      </div>
    </Panel>
  );
}

function ClientProjects({ clientId }: { clientId: number }) {
  const projects = useProjects({ client_id: clientId, status: 'all', page: 1 });
  return (
    <Panel title="Projects" titleSize="lg" description="Projects for this client that you take part in or may see.">
      <div className="mt-3">
        <QueryState query={projects} loadingLabel="Loading projects…">
          {(data) =>
            data.projects.length === 0 ? (
              <p className="text-sm text-fg-muted">No projects for this client.</p>
            ) : (
              <ul className="divide-y divide-line">
                {data.projects.map((p) => (
                  <li key={p.id} className="flex items-center justify-between gap-3 py-2 text-sm">
                    <Link to={`/projects/${p.id}`} className="font-medium text-accent-fg hover:underline">
                      {p.name}
                    </Link>
                    {p.status === 'archived' ? <Badge tone="gray">Archived</Badge> : null}
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </div>
    </Panel>
  );
}
