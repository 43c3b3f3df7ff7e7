import { useParams } from 'react-router';
import { MembersTab } from '@/features/participations';
import { ProjectDetailView } from '@/features/projects';
import { DetailRoute } from './detail-route';

/** /projects/:projectId/* (view_projects, checked by the router); the splat names the tab. */
export function ProjectDetailRoute() {
  const params = useParams();
  const tab = params['*']?.split('/')[0] || undefined;
  return (
    <DetailRoute
      id={Number(params.projectId)}
      back={{ to: '/projects', label: 'Projects' }}
      notFound={{ title: 'Project not found', text: 'This address does not name a project.' }}
    >
      {(id) => (
        <ProjectDetailView
          key={id}
          projectId={id}
          tab={tab}
          members={(project) => <MembersTab projectId={project.id} archived={project.status === 'archived'} />}
        />
      )}
    </DetailRoute>
  );
}
