import type { PeopleFilter } from '@/lib/records/people-options';
import type { RecordFilterValues } from '@/lib/records/use-record-list';
import { PersonFilter, ProjectFilter } from './filter-selects';
import { FilterBar, PeriodFilter } from './period-filter';

export type { RecordFilterValues };

interface RecordFiltersProps {
  value: RecordFilterValues;
  onChange: (next: RecordFilterValues) => void;
  /** The project is fixed (a project page): no project filter. */
  fixedProject?: boolean;
  /** null: no person filter (the caller sees only their own records). */
  people: PeopleFilter;
  me: number | undefined;
}

/** Date range, project and person filters of the time entry and expense lists. */
export function RecordFilters({ value, onChange, fixedProject, people, me }: RecordFiltersProps) {
  const set = (patch: Partial<RecordFilterValues>) => onChange({ ...value, ...patch });
  return (
    <FilterBar label="Filters">
      <PeriodFilter value={value} onChange={set} />
      {fixedProject ? null : (
        <ProjectFilter
          className="col-span-2 sm:w-56"
          value={value.project_id}
          onChange={(id) => set({ project_id: id, user_id: undefined })}
        />
      )}
      {people ? (
        <PersonFilter
          className="col-span-2 sm:w-48"
          value={value.user_id}
          onChange={(id) => set({ user_id: id })}
          source={people.source}
          me={me}
          placeholder="Everyone I can see"
        />
      ) : null}
    </FilterBar>
  );
}
