import { personSelectOptions, type UserRef } from '@/lib/records/people-options';
import { projectSelectOptions, useProjectOptions } from '@/lib/records/project-options';
import { IdSelect } from './id-select';
import { FilterBar, PeriodFilter, type DateRangeValue } from './period-filter';

export interface RecordFilterValues extends DateRangeValue {
  project_id?: number | undefined;
  user_id?: number | undefined;
}

interface RecordFiltersProps {
  value: RecordFilterValues;
  onChange: (next: RecordFilterValues) => void;
  /** The project is fixed (a project page): no project filter. */
  fixedProject?: boolean;
  /** null: no person filter (the caller sees only their own records). */
  people: UserRef[] | null;
  me: number | undefined;
}

/** Date range, project and person filters of the time entry and expense lists. */
export function RecordFilters({ value, onChange, fixedProject, people, me }: RecordFiltersProps) {
  const projects = useProjectOptions();
  const set = (patch: Partial<RecordFilterValues>) => onChange({ ...value, ...patch });
  return (
    <FilterBar label="Filters">
      <PeriodFilter value={value} onChange={set} />
      {fixedProject ? null : (
        <IdSelect
          className="col-span-2 sm:w-56"
          label="Project"
          value={value.project_id}
          onChange={(id) => set({ project_id: id, user_id: undefined })}
          options={projectSelectOptions(projects.data ?? [])}
          placeholder="All projects"
        />
      )}
      {people ? (
        <IdSelect
          className="col-span-2 sm:w-48"
          label="Person"
          value={value.user_id}
          onChange={(id) => set({ user_id: id })}
          options={personSelectOptions(people, me)}
          placeholder="Everyone I can see"
        />
      ) : null}
    </FilterBar>
  );
}
