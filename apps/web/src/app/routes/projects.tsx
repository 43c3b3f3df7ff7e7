import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { CreateProjectDialog, ProjectsFilters, ProjectsTable, useProjectFilters, useProjects } from '@/features/projects';
import { useAccess } from '@/lib/access';

/** /projects (view_projects, checked by the router): the projects the caller can see. */
export function ProjectsRoute() {
  const access = useAccess();
  const [filter, setFilter] = useProjectFilters();
  const projects = useProjects(filter);
  const seesClients = access.can('view_clients');
  const filtered = Boolean(filter.q || filter.client_id || filter.status !== 'active');

  return (
    <>
      <PageHeader
        title="Projects"
        description="Projects you take part in, or all projects when your role lets you see them."
        actions={access.can('create_projects') ? <CreateProjectDialog pickClient={seesClients} /> : null}
      />
      <ProjectsFilters filter={filter} onChange={setFilter} pickClient={seesClients} />
      <QueryState query={projects} loadingLabel="Loading projects…">
        {(data) =>
          data.projects.length === 0 ? (
            <EmptyState title={filtered ? 'No projects match these filters' : 'No projects yet'}>
              {filtered ? 'Try another search, status or client.' : 'Projects appear here once you are added to one.'}
            </EmptyState>
          ) : (
            <>
              <ProjectsTable projects={data.projects} showClients={seesClients} />
              <Pagination pagination={data.pagination} onPage={(page) => setFilter({ page })} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
