import type { ProjectAction } from '@timekeeper/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { SearchSelect, type SearchOption } from '@/components/ui/search-select';
import { projectLabel, type ProjectOption } from '@/lib/records/project-options';
import {
  clientNamesOf,
  projectSearchKeys,
  searchAllowedProjects,
  searchProjectTasks,
  searchProjects,
  useClientNames,
  useProject,
  useTask,
  useRecentProjects,
  type PickerTask,
} from '@/lib/records/project-search';

interface ProjectChoice extends SearchOption {
  project?: ProjectOption | undefined;
}

const ALL = 'All projects';

function projectChoice(project: ProjectOption, clients: Map<number, string> | undefined): ProjectChoice {
  return {
    value: String(project.id),
    label: projectLabel(project),
    description: project.client_id === null ? undefined : clients?.get(project.client_id),
    group: ALL,
    project,
  };
}

interface ProjectPickerProps {
  /** The chosen project id, '' for none. */
  value: string;
  onChange: (projectId: string, project: ProjectOption | undefined) => void;
  /**
   * Offer only active projects where the caller may do this (e.g. log_own_time, to record on
   * them). Without it every project the caller sees, archived too (to filter by).
   */
  action?: ProjectAction | undefined;
  label?: string;
  placeholder?: string;
  /** Offers "Clear the choice" (filters: back to all projects). */
  clearable?: boolean;
  error?: string | undefined;
  disabled?: boolean;
  className?: string;
}

/**
 * Choose a project: the caller's recent projects first, then all projects, with the client beside
 * each; typing searches the server by name (docs/guides/tracking-time.md#picking-a-project).
 */
export function ProjectPicker({
  value,
  onChange,
  action,
  label = 'Project',
  placeholder = 'Choose a project',
  clearable,
  error,
  disabled,
  className,
}: ProjectPickerProps) {
  const queryClient = useQueryClient();
  // The recent projects are read once the picker is approached (hovered or focused), not by every page that shows one.
  const [approached, setApproached] = useState(false);
  const recent = useRecentProjects(action, approached);
  const chosen = useProject(value ? Number(value) : undefined);
  const named = [...(recent.data ?? []), ...(chosen.data ? [chosen.data] : [])];
  const clients = useClientNames(named).data;

  const search = async (q: string, signal: AbortSignal): Promise<ProjectChoice[]> => {
    const found = action
      ? await searchAllowedProjects(queryClient, q, action, signal)
      : { projects: await searchProjects(q, 'all', signal), more: false };
    const names = await clientNamesOf(queryClient, found.projects);
    const more = found.more ? [{ value: 'more', label: 'More projects match', disabledReason: 'type more of the name', group: ALL }] : [];
    return [...found.projects.map((p) => projectChoice(p, names)), ...more];
  };
  const selected: ProjectChoice | null =
    value === ''
      ? null
      : chosen.data
        ? projectChoice(chosen.data, clients)
        : { value, label: chosen.isPending ? 'Loading…' : 'A project you cannot see' };
  const recentGroup = recent.data?.length ? [{ heading: 'Recent', options: recent.data.map((p) => projectChoice(p, clients)) }] : [];

  return (
    <div className={className} onFocusCapture={() => setApproached(true)} onPointerEnter={() => setApproached(true)}>
      <SearchSelect<ProjectChoice>
        label={label}
        value={selected}
        onChange={(choice) => onChange(choice?.value ?? '', choice?.project)}
        queryKey={projectSearchKeys.search(action ?? 'visible')}
        search={search}
        placeholder={placeholder}
        searchPlaceholder="Type to search projects"
        emptyText="No project matches."
        groups={recentGroup}
        clearable={clearable}
        disabled={disabled}
        error={error}
      />
    </div>
  );
}

interface TaskChoice extends SearchOption {
  task?: PickerTask | undefined;
}

const NO_TASK: TaskChoice = { value: 'none', label: 'No task' };

function taskChoice(task: PickerTask): TaskChoice {
  return { value: String(task.id), label: task.status === 'done' ? `${task.name} (done)` : task.name, group: 'Tasks', task };
}

interface TaskPickerProps {
  projectId: number | undefined;
  /** The chosen task id, '' for "No task". */
  value: string;
  onChange: (taskId: string, task: PickerTask | undefined) => void;
  label?: string;
  error?: string | undefined;
  disabled?: boolean;
}

/** One of the open tasks of the chosen project, searchable by name; optional ("No task"). */
export function TaskPicker({ projectId, value, onChange, label = 'Task (optional)', error, disabled }: TaskPickerProps) {
  const chosen = useTask(value ? Number(value) : undefined);
  const selected: TaskChoice | null =
    value === '' ? null : chosen.data ? taskChoice(chosen.data) : { value, label: chosen.isPending ? 'Loading…' : 'A task you cannot see' };
  return (
    <SearchSelect<TaskChoice>
      // A new project starts a new search.
      key={projectId ?? 'none'}
      label={label}
      value={selected}
      onChange={(choice) => onChange(choice && choice.value !== NO_TASK.value ? choice.value : '', choice?.task)}
      queryKey={projectSearchKeys.taskSearch(projectId ?? 0)}
      search={async (q, signal) => (projectId === undefined ? [] : (await searchProjectTasks(projectId, q, signal)).map(taskChoice))}
      placeholder={projectId === undefined ? 'Choose a project first' : 'No task'}
      searchPlaceholder="Type to search tasks"
      emptyText="No open task matches."
      groups={[{ heading: '', options: [NO_TASK] }]}
      disabled={disabled || projectId === undefined}
      error={error}
    />
  );
}
