import { Checkbox } from '@/components/ui/checkbox';
import { SelectField } from '@/components/ui/select-field';
import { ProjectFilter } from '@/components/records/filter-selects';
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
  const set = (patch: Partial<TaskFilterValues>) => onChange({ ...value, ...patch });
  return (
    <div className="flex flex-wrap items-end gap-3 rounded-lg bg-surface p-3 shadow-sm ring-1 ring-line" role="search" aria-label="Filters">
      {fixedProject ? null : (
        <ProjectFilter className="w-full sm:w-56" value={value.projectId} onChange={(projectId) => set({ projectId })} />
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
