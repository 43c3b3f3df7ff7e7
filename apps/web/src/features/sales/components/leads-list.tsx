import { ArrowRightLeft, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { RowAction } from '@/components/records/row-actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, type Column } from '@/components/ui/data-table';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { SearchFilters } from '@/components/ui/search-filters';
import { Can, useAccess, useMyPermissions } from '@/lib/access';
import { formatMoney } from '@/lib/money';
import { useListEditing } from '@/lib/records/use-list-editing';
import { useDates } from '@/lib/time-settings';
import { useDeleteLead, useLeads } from '../api/leads';
import type { Lead, LeadStatus } from '../api/types';
import { LEAD_STATUS } from '../lib/labels';
import { ConvertLeadDialog } from './convert-lead-dialog';
import { LeadForm } from './lead-form';

const STATUS_OPTIONS = Object.entries(LEAD_STATUS).map(([value, s]) => ({ value, label: s.label }));

/** Leads with a status filter and search, add/edit, delete and convert where the caller may. */
export function LeadsList() {
  const [filters, setFilters] = useState<{ q: string; status: LeadStatus | '' }>({ q: '', status: '' });
  const { q, status } = filters;
  const [page, setPage] = useState(1);
  const [converting, setConverting] = useState<Lead | null>(null);
  const remove = useDeleteLead();
  const edit = useListEditing<Lead>(remove);
  const query = useLeads({ q, status: status || undefined, page });

  return (
    <section aria-label="Leads" className="space-y-4">
      <div className="flex justify-end">
        <Can permission="create_leads">
          <Button onClick={edit.startNew}>
            <Plus aria-hidden="true" className="mr-1 size-4" /> Add lead
          </Button>
        </Can>
      </div>
      <SearchFilters
        label="Filter leads"
        searchLabel="Search name, company or email"
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
        columnsClassName="sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto]"
        selects={[{ field: 'status', label: 'Status', placeholder: 'All statuses', options: STATUS_OPTIONS }]}
      />
      <QueryState query={query} loadingLabel="Loading leads…">
        {(data) =>
          data.leads.length === 0 ? (
            <EmptyState title={q || status ? 'No leads match these filters' : 'No leads yet'}>
              {q || status ? null : 'Leads are people who might buy. Add one to start your pipeline.'}
            </EmptyState>
          ) : (
            <>
              <LeadsTable leads={data.leads} onEdit={edit.startEdit} onDelete={edit.askDelete} onConvert={setConverting} />
              <Pagination pagination={data.pagination} onPage={setPage} />
            </>
          )
        }
      </QueryState>
      <Dialog open={edit.isOpen} onOpenChange={edit.onOpenChange} title={edit.edited ? 'Edit lead' : 'Add lead'}>
        {edit.isOpen ? <LeadForm key={edit.edited?.id ?? 'new'} lead={edit.edited} onDone={edit.close} /> : null}
      </Dialog>
      <ConvertLeadDialog lead={converting} onClose={() => setConverting(null)} />
      <ConfirmDialog {...edit.confirm} title={`Delete ${edit.deleting?.name ?? 'lead'}?`} confirmLabel="Delete lead">
        <p>The lead is deleted for good. A client or deal made from it stays.</p>
      </ConfirmDialog>
    </section>
  );
}

function LeadsTable({
  leads,
  onEdit,
  onDelete,
  onConvert,
}: {
  leads: Lead[];
  onEdit: (l: Lead) => void;
  onDelete: (l: Lead) => void;
  onConvert: (l: Lead) => void;
}) {
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const { formatDate } = useDates();
  const canEdit = (l: Lead) => l.status !== 'converted' && access.can(l.owner_id === me ? 'edit_own_leads' : 'edit_all_leads');
  const columns: Column<Lead>[] = [
    {
      key: 'name',
      header: 'Lead',
      card: 'title',
      cell: (l) => (
        <div>
          <p className="font-medium text-fg">{l.name}</p>
          {l.email ? <p className="text-xs text-fg-subtle">{l.email}</p> : null}
        </div>
      ),
    },
    { key: 'company', header: 'Company', card: 'subtitle', cell: (l) => l.company ?? <span className="text-fg-subtle">—</span> },
    {
      key: 'value',
      header: 'Estimated value',
      card: 'aside',
      className: 'text-right tabular-nums',
      cell: (l) => (l.estimated_value === null ? <span className="text-fg-subtle">—</span> : formatMoney(l.estimated_value, l.currency)),
    },
    { key: 'owner', header: 'Owner', card: 'meta', cell: (l) => l.owner.name },
    {
      key: 'status',
      header: 'Status',
      card: 'status',
      cell: (l) => (
        <div>
          <Badge tone={LEAD_STATUS[l.status].tone}>{LEAD_STATUS[l.status].label}</Badge>
          {l.status === 'converted' ? (
            <p className="mt-1 text-xs text-fg-muted">
              {l.converted_at ? `Converted ${formatDate(l.converted_at)}` : 'Converted'}
              {l.client_id ? (
                <>
                  {' · '}
                  <Link to={`/clients/${l.client_id}`} className="text-accent-fg underline">
                    View client
                  </Link>
                </>
              ) : null}
            </p>
          ) : null}
        </div>
      ),
    },
  ];
  const anyActions = access.can({ anyOf: ['edit_own_leads', 'edit_all_leads', 'delete_leads', 'convert_leads'] });
  if (anyActions) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      card: 'actions',
      cell: (l) =>
        l.status === 'converted' ? (
          <span className="text-xs text-fg-subtle" title="A converted lead cannot be changed">
            Converted leads are read-only
          </span>
        ) : (
          <span className="flex flex-wrap gap-1">
            {canEdit(l) ? <RowAction icon={Pencil} label="Edit" name={`Edit ${l.name}`} onClick={() => onEdit(l)} /> : null}
            {access.can('convert_leads') ? (
              <RowAction icon={ArrowRightLeft} label="Convert" name={`Convert ${l.name}`} tone="accent" onClick={() => onConvert(l)} />
            ) : null}
            {access.can('delete_leads') ? (
              <RowAction icon={Trash2} label="Delete" name={`Delete ${l.name}`} tone="danger" onClick={() => onDelete(l)} />
            ) : null}
          </span>
        ),
    });
  }
  return <DataTable rows={leads} columns={columns} rowKey={(l) => l.id} caption="Leads" />;
}
