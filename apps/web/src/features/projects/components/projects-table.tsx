import { Link } from 'react-router';
import { DataTable, type Column } from '@/components/ui/data-table';
import { useClientNames } from '../api/get-client-options';
import type { Project } from '../api/types';
import { AccessLevelBadge } from './access-level-badge';
import { formatMoney } from '@/lib/money';
import { ProjectStatusBadge } from './project-status-badge';

/** A client's name when the caller may see clients ("…" while it loads); otherwise a dash. */
export function clientLabel(clientId: number | null, names: Map<number, string> | null): string {
  if (clientId === null || names === null) return '—';
  return names.get(clientId) ?? '…';
}

/** The projects of a page; `showClients`: the caller may see clients, whose names are read for this page only. */
export function ProjectsTable({ projects, showClients }: { projects: Project[]; showClients: boolean }) {
  const clients = useClientNames(
    projects.map((p) => p.client_id),
    showClients,
  );
  const columns: Column<Project>[] = [
    {
      key: 'name',
      header: 'Project',
      cell: (p) => (
        <Link
          to={`/projects/${p.id}`}
          className="font-medium text-accent-fg hover:text-accent-fg-strong hover:underline focus-visible:outline-2 focus-visible:outline-focus"
        >
          {p.name}
        </Link>
      ),
    },
    { key: 'client', header: 'Client', cell: (p) => clientLabel(p.client_id, clients) },
    { key: 'status', header: 'Status', cell: (p) => <ProjectStatusBadge status={p.status} /> },
    { key: 'billable', header: 'Billable', cell: (p) => (p.billable ? 'Yes' : 'No') },
    {
      key: 'rate',
      header: 'Rate',
      className: 'whitespace-nowrap',
      // Present only with the view_financials level on the project.
      cell: (p) =>
        p.hourly_rate !== undefined && p.hourly_rate !== null ? (
          `${formatMoney(p.hourly_rate, p.currency)}/h`
        ) : (
          <span className="text-fg-subtle">—</span>
        ),
    },
    { key: 'access', header: 'Your access', cell: (p) => <AccessLevelBadge value={p.access_level} /> },
  ];
  return <DataTable rows={projects} columns={columns} rowKey={(p) => p.id} caption="Projects" />;
}
