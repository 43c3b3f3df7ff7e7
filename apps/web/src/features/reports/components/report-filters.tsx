import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useAccess, useMyPermissions } from '@/lib/access';
import { useUserDirectory } from '@/features/time-entries/api/get-people-options';
import { useProjectOptions } from '@/features/time-entries/api/get-project-options';
import { projectSelectOptions } from '@/features/time-entries/lib/project-options';
import { GROUP_BY_OPTIONS, type GroupBy, type SummaryParams } from '../api/types';
import { PERIOD_OPTIONS, periodOf, periodRange } from '@/features/time-entries/lib/periods';

const toId = (text: string) => (text === '' ? undefined : Number(text));

/** Period (with presets), grouping, and optional project and person filters of the summary. */
export function ReportFilters({ value, onChange }: { value: SummaryParams; onChange: (next: SummaryParams) => void }) {
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const projects = useProjectOptions();
  const allPeople = access.can('view_all_reports');
  const directory = useUserDirectory(allPeople && access.can('view_users'));
  const set = (patch: Partial<SummaryParams>) => onChange({ ...value, ...patch });
  const people = [...(me === undefined ? [] : [{ value: String(me), label: 'Me' }]), ...(directory.data ?? []).filter((u) => u.id !== me).map((u) => ({ value: String(u.id), label: u.name }))];

  return (
    <div className="grid w-full grid-cols-2 items-end gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 sm:flex sm:w-auto sm:flex-wrap" role="search" aria-label="Report settings">
      <SelectField
        className="col-span-2 sm:w-40"
        label="Period"
        value={periodOf({ start: value.start_date, end: value.end_date })}
        onChange={(e) => {
          const range = periodRange(e.target.value);
          if (range) set({ start_date: range.start, end_date: range.end });
        }}
        options={PERIOD_OPTIONS}
      />
      <TextField className="sm:w-40" label="From" type="date" value={value.start_date} max={value.end_date} onChange={(e) => set({ start_date: e.target.value })} />
      <TextField className="sm:w-40" label="To" type="date" value={value.end_date} min={value.start_date} onChange={(e) => set({ end_date: e.target.value })} />
      <SelectField
        className="sm:w-36"
        label="Group by"
        value={value.group_by}
        onChange={(e) => set({ group_by: e.target.value as GroupBy })}
        options={GROUP_BY_OPTIONS.map((o) => ({ value: o.value, label: o.label }))}
      />
      <SelectField
        className="sm:w-52"
        label="Project"
        value={value.project_id === undefined ? '' : String(value.project_id)}
        onChange={(e) => set({ project_id: toId(e.target.value) })}
        options={projectSelectOptions(projects.data ?? [])}
        placeholder="All projects"
      />
      {allPeople ? (
        <SelectField
          className="col-span-2 sm:w-44"
          label="Person"
          value={value.user_id === undefined ? '' : String(value.user_id)}
          onChange={(e) => set({ user_id: toId(e.target.value) })}
          options={people}
          placeholder="Everyone"
        />
      ) : null}
    </div>
  );
}
