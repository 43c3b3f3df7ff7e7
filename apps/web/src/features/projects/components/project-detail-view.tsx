import type { ReactNode } from 'react';
import { ErrorMessage } from '@/components/ui/error-message';
import { EmptyState } from '@/components/ui/empty-state';
import { Spinner } from '@/components/ui/spinner';
import { useAccess, useProjectAccess } from '@/lib/access';
import { isApiError } from '@/lib/api-client';
import { usePageDetail } from '@/lib/document-title';
import { useProject } from '../api/get-project';
import type { Project } from '../api/types';
import { ProjectHeader } from './project-header';
import { ProjectTabs } from './project-tabs';

interface ProjectDetailViewProps {
  projectId: number;
  /** The URL's tab segment (`/projects/:id/<tab>`). */
  tab: string | undefined;
  /** The Members tab's content (`<MembersTab>` of @/features/participations, composed by the page). */
  members: (project: Project) => ReactNode;
}

/** One project: its header and the tabs the caller's project access opens. */
export function ProjectDetailView({ projectId, tab, members }: ProjectDetailViewProps) {
  const project = useProject(projectId);
  const access = useProjectAccess(projectId);
  const account = useAccess();
  usePageDetail(project.data?.name);

  const error = project.error ?? access.error;
  if (isApiError(error) && error.status === 404) {
    return <EmptyState title="Project not found">It does not exist, or you do not take part in it.</EmptyState>;
  }
  if (error) return <ErrorMessage error={error} title="Could not load this project" />;
  // Tabs also depend on account permissions: deciding before they arrive would redirect a deep link away.
  if (!project.data || !access.data || !account.ready) return <Spinner label="Loading the project…" />;
  return (
    <>
      <ProjectHeader project={project.data} access={access.data} can={access.can} showClients={account.can('view_clients')} />
      <ProjectTabs project={project.data} can={access.can} requested={tab} members={members} />
    </>
  );
}
