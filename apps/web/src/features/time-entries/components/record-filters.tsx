import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useProjectOptions } from '../api/get-project-options';
import type { UserRef } from '../api/types';
import { PERIOD_OPTIONS, periodOf, periodRange } from '../lib/periods';
import { projectSelectOptions } from '../lib/project-options';

export interface RecordFilterValues {
  start_date: string;
  end_date: string;
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

const toId = (text: string) => (text === '' ? undefined : Number(text));

/** Date range, project and person filters of the time entry and expense lists. */
export function RecordFilters({ value, onChange, fixedProject, people, me }: RecordFiltersProps) {
  const projects = useProjectOptions();
  const set = (patch: Partial<RecordFilterValues>) => onChange({ ...value, ...patch });
  const personOptions = people
    ? [
        ...(me === undefined ? [] : [{ value: String(me), label: 'Me' }]),
        ...people.filter((p) => p.id !== me).map((p) => ({ value: String(p.id), label: p.name })),
      ]
    : [];
  return (
    <div
      className="grid w-full grid-cols-2 items-end gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 sm:flex sm:w-auto sm:flex-wrap"
      role="search"
      aria-label="Filters"
    >
      <SelectField
        className="col-span-2 sm:w-36"
        label="Period"
        value={periodOf({ start: value.start_date, end: value.end_date })}
        onChange={(e) => {
          const range = periodRange(e.target.value);
          if (range) set({ start_date: range.start, end_date: range.end });
        }}
        options={PERIOD_OPTIONS}
      />
      <TextField
        className="sm:w-40"
        label="From"
        type="date"
        value={value.start_date}
        max={value.end_date}
        onChange={(e) => set({ start_date: e.target.value })}
      />
      <TextField
        className="sm:w-40"
        label="To"
        type="date"
        value={value.end_date}
        min={value.start_date}
        onChange={(e) => set({ end_date: e.target.value })}
      />
      {fixedProject ? null : (
        <SelectField
          className="col-span-2 sm:w-56"
          label="Project"
          value={value.project_id === undefined ? '' : String(value.project_id)}
          onChange={(e) => set({ project_id: toId(e.target.value), user_id: undefined })}
          options={projectSelectOptions(projects.data ?? [])}
          placeholder="All projects"
        />
      )}
      {people ? (
        <SelectField
          className="col-span-2 sm:w-48"
          label="Person"
          value={value.user_id === undefined ? '' : String(value.user_id)}
          onChange={(e) => set({ user_id: toId(e.target.value) })}
          options={personOptions}
          placeholder="Everyone I can see"
        />
      ) : null}
    </div>
  );
}
