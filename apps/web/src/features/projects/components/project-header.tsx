import { PageHeader } from '@/components/ui/page-header';
import { useAccess, type ProjectAccessInfo } from '@/lib/access';
import type { ClientOption, Project } from '../api/types';
import { ArchiveProjectButton } from './archive-project-button';
import { EditProjectDialog } from './edit-project-dialog';
import { ProjectLevelSummary } from './project-level-summary';
import { ProjectStatusBadge } from './project-status-badge';
import { clientLabel } from './projects-table';

interface ProjectHeaderProps {
  project: Project;
  access: ProjectAccessInfo;
  can: (action: ProjectAccessInfo['actions'][number]) => boolean;
  clients: ClientOption[] | null;
}

/** Name, client, status and the caller's level; edit and archive when both layers allow them. */
export function ProjectHeader({ project, access, can, clients }: ProjectHeaderProps) {
  const account = useAccess();
  const mayEdit = can('edit_project') && account.can('edit_projects');
  const mayArchive = can('archive_project') && account.can('archive_projects');
  return (
    <PageHeader
      title={project.name}
      description={
        <span className="flex flex-col gap-2">
          <span className="flex flex-wrap items-center gap-2">
            <ProjectStatusBadge status={project.status} />
            <span>{project.client_id === null ? 'No client' : `Client: ${clientLabel(project.client_id, clients)}`}</span>
            <span aria-hidden="true">·</span>
            <span>{project.billable ? 'Billable' : 'Not billable'}</span>
          </span>
          {project.description ? <span className="max-w-prose whitespace-pre-line text-slate-700">{project.description}</span> : null}
          <ProjectLevelSummary access={access} />
        </span>
      }
      actions={
        mayEdit || mayArchive ? (
          <>
            {mayEdit ? <EditProjectDialog project={project} clients={clients} /> : null}
            {mayArchive ? <ArchiveProjectButton project={project} /> : null}
          </>
        ) : null
      }
    />
  );
}
