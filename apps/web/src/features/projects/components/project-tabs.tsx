import type { Permission, ProjectAction } from '@timekeeper/shared';
import { useEffect, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Tabs, type TabDef } from '@/components/ui/tabs';
import { useAccess } from '@/lib/access';
import type { Project } from '../api/types';
import { ProjectFinancialsTab } from './project-financials-tab';
import { ProjectTasksTab } from './project-tasks-tab';
import { ProjectTimeTab } from './project-time-tab';

/**
 * Each tab, the project action that shows it (each shown only with the level it needs: docs/guides/projects-and-members.md#what-each-level-allows),
 * and the account permission of the endpoint it reads, when there is one beyond view_projects.
 */
export const PROJECT_TABS = [
  { value: 'tasks', label: 'Tasks', action: 'view_tasks', permission: 'view_own_tasks' },
  { value: 'time', label: 'Time', action: 'view_team_time', permission: 'view_own_time_entries' },
  { value: 'members', label: 'Members', action: 'view_project', permission: null },
  { value: 'financials', label: 'Financials', action: 'view_financials', permission: null },
] as const satisfies readonly { value: string; label: string; action: ProjectAction; permission: Permission | null }[];

export type ProjectTab = (typeof PROJECT_TABS)[number]['value'];

/** The tab to show: the one in the URL when allowed, otherwise the first allowed one. */
export function activeTab(requested: string | undefined, allowed: readonly ProjectTab[]): ProjectTab | undefined {
  return allowed.find((t) => t === requested) ?? allowed[0];
}

interface ProjectTabsProps {
  project: Project;
  can: (action: ProjectAction) => boolean;
  /** The URL's tab segment (`/projects/:id/<tab>`). */
  requested: string | undefined;
  /** The Members tab, composed by the page (the participations feature sits above projects). */
  members: (project: Project) => ReactNode;
}

export function ProjectTabs({ project, can, requested, members }: ProjectTabsProps) {
  const navigate = useNavigate();
  const account = useAccess();
  const allowed = PROJECT_TABS.filter((t) => can(t.action) && (t.permission === null || account.can(t.permission))).map((t) => t.value);
  const current = activeTab(requested, allowed);
  const base = `/projects/${project.id}`;

  // A tab the person may not use is absent: put the tab that shows into the URL instead.
  useEffect(() => {
    if (requested && current && requested !== current) navigate(`${base}/${current}`, { replace: true });
  }, [requested, current, base, navigate]);

  if (!current) return <EmptyState title="Nothing on this project is open to you" />;
  const content: Record<ProjectTab, () => TabDef['content']> = {
    tasks: () => <ProjectTasksTab projectId={project.id} />,
    time: () => <ProjectTimeTab projectId={project.id} />,
    members: () => members(project),
    financials: () => <ProjectFinancialsTab project={project} canEdit={can('edit_financials')} />,
  };
  const tabs: TabDef[] = PROJECT_TABS.filter((t) => allowed.includes(t.value)).map((t) => ({
    value: t.value,
    label: t.label,
    content: content[t.value](),
  }));
  return <Tabs label="Project sections" tabs={tabs} value={current} onValueChange={(tab) => navigate(`${base}/${tab}`)} />;
}
