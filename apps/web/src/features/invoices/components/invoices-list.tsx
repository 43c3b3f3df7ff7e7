import { useMemo } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { SelectField } from '@/components/ui/select-field';
import { useAccess } from '@/lib/access';
import { useClientOptions } from '@/features/projects';
import { useProjectOptions } from '@/lib/records/project-options';
import { useInvoices } from '../api/get-invoices';
import type { InvoiceStatus } from '../api/types';
import { useInvoiceFilters } from '../lib/use-invoice-filters';
import { INVOICE_STATUS_LABEL } from './invoice-status-badge';
import { InvoicesTable } from './invoices-table';

const STATUS_OPTIONS = Object.entries(INVOICE_STATUS_LABEL).map(([value, label]) => ({ value, label }));

/** The invoice list with its status filter and pagination; names of clients and projects where the caller may see them. */
export function InvoicesList() {
  const access = useAccess();
  const [filter, setFilter] = useInvoiceFilters();
  const invoices = useInvoices(filter);
  const projects = useProjectOptions();
  const clients = useClientOptions(access.can('view_clients'));
  const projectNames = useMemo(() => new Map((projects.data ?? []).map((p) => [p.id, p.name])), [projects.data]);
  const clientNames = useMemo(() => new Map((clients.data ?? []).map((c) => [c.id, c.name])), [clients.data]);

  return (
    <>
      <div className="mb-4 grid gap-3 sm:grid-cols-3" role="search" aria-label="Filters">
        <SelectField
          label="Status"
          placeholder="Any status"
          options={STATUS_OPTIONS}
          value={filter.status ?? ''}
          onChange={(e) => setFilter({ status: (e.target.value || undefined) as InvoiceStatus | undefined })}
        />
      </div>
      <QueryState query={invoices} loadingLabel="Loading invoices…">
        {(data) =>
          data.invoices.length === 0 ? (
            <EmptyState title={filter.status ? 'No invoices with this status' : 'No invoices yet'}>
              {filter.status
                ? 'Try another status.'
                : access.can('create_invoices')
                  ? 'Draft one from tracked time with “New invoice from time”.'
                  : 'Invoices you create, or of projects whose financials you see, appear here.'}
            </EmptyState>
          ) : (
            <>
              <InvoicesTable invoices={data.invoices} clientNames={clientNames} projectNames={projectNames} />
              <Pagination pagination={data.pagination} onPage={(page) => setFilter({ page })} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
