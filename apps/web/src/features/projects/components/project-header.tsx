import { PageHeader } from '@/components/ui/page-header';
import { useAccess, type ProjectAccessInfo } from '@/lib/access';
import { useClientNames } from '../api/get-client-options';
import type { Project } from '../api/types';
import { ArchiveProjectButton } from './archive-project-button';
import { EditProjectDialog } from './edit-project-dialog';
import { ProjectLevelSummary } from './project-level-summary';
import { ProjectStatusBadge } from './project-status-badge';
import { clientLabel } from './projects-table';

interface ProjectHeaderProps {
  project: Project;
  access: ProjectAccessInfo;
  can: (action: ProjectAccessInfo['actions'][number]) => boolean;
  /** The caller may see clients: the client is named, and can be changed in Edit details. */
  showClients: boolean;
}

/** Name, client, status and the caller's level; edit and archive when both layers allow them. */
export function ProjectHeader({ project, access, can, showClients }: ProjectHeaderProps) {
  const account = useAccess();
  const clients = useClientNames([project.client_id], showClients);
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
          {project.description ? <span className="max-w-prose whitespace-pre-line text-fg-secondary">{project.description}</span> : null}
          <ProjectLevelSummary access={access} />
        </span>
      }
      actions={
        mayEdit || mayArchive ? (
          <>
            {mayEdit ? <EditProjectDialog project={project} pickClient={showClients} /> : null}
            {mayArchive ? <ArchiveProjectButton project={project} /> : null}
          </>
        ) : null
      }
    />
  );
}
