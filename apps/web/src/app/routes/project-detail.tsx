import { Link, useParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { MembersTab } from '@/features/participations';
import { ProjectDetailView } from '@/features/projects';

/** /projects/:projectId/* (view_projects, checked by the router); the splat names the tab. */
export function ProjectDetailRoute() {
  const params = useParams();
  const id = Number(params.projectId);
  const tab = params['*']?.split('/')[0] || undefined;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link to="/projects" className="text-indigo-700 hover:underline">
          ← Projects
        </Link>
      </nav>
      {Number.isInteger(id) && id > 0 ? (
        <ProjectDetailView
          key={id}
          projectId={id}
          tab={tab}
          members={(project) => <MembersTab projectId={project.id} archived={project.status === 'archived'} />}
        />
      ) : (
        <EmptyState title="Project not found">This address does not name a project.</EmptyState>
      )}
    </>
  );
}
