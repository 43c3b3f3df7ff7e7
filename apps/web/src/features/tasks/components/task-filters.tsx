import { Checkbox } from '@/components/ui/checkbox';
import { SelectField } from '@/components/ui/select-field';
import { projectSelectOptions, useProjectOptions } from '@/lib/records/project-options';
import type { TaskStatus } from '../api/types';
import { TASK_STATUSES } from '../lib/task-status';

export interface TaskFilterValues {
  projectId?: number | undefined;
  status?: TaskStatus | undefined;
  mine: boolean;
}

interface TaskFiltersProps {
  value: TaskFilterValues;
  onChange: (next: TaskFilterValues) => void;
  fixedProject?: boolean;
}

export function TaskFilters({ value, onChange, fixedProject }: TaskFiltersProps) {
  const projects = useProjectOptions();
  const set = (patch: Partial<TaskFilterValues>) => onChange({ ...value, ...patch });
  return (
    <div
      className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200"
      role="search"
      aria-label="Filters"
    >
      {fixedProject ? null : (
        <SelectField
          className="w-full sm:w-56"
          label="Project"
          value={value.projectId === undefined ? '' : String(value.projectId)}
          onChange={(e) => set({ projectId: e.target.value ? Number(e.target.value) : undefined })}
          options={projectSelectOptions(projects.data ?? [])}
          placeholder="All projects"
        />
      )}
      <SelectField
        className="w-full sm:w-44"
        label="Status"
        value={value.status ?? ''}
        onChange={(e) => set({ status: (e.target.value || undefined) as TaskStatus | undefined })}
        options={TASK_STATUSES.map((s) => ({ value: s.value, label: s.label }))}
        placeholder="Any status"
      />
      <Checkbox className="pb-2" label="Assigned to me" checked={value.mine} onChange={(e) => set({ mine: e.target.checked })} />
    </div>
  );
}
