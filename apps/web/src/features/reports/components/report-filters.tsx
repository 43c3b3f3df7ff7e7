import { PersonFilter, ProjectFilter } from '@/components/records/filter-selects';
import { FilterBar, PeriodFilter } from '@/components/records/period-filter';
import { SelectField } from '@/components/ui/select-field';
import { useAccess, useMyPermissions } from '@/lib/access';
import { directorySource } from '@/lib/records/people-options';
import type { GroupBy, SummaryParams } from '../api/types';
import { GROUP_BY_OPTIONS } from '../lib/group-by';

/** Period (with presets), grouping, and optional project and person filters of the summary. */
export function ReportFilters({ value, onChange }: { value: SummaryParams; onChange: (next: SummaryParams) => void }) {
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const allPeople = access.can('view_all_reports');
  const set = (patch: Partial<SummaryParams>) => onChange({ ...value, ...patch });

  return (
    <FilterBar label="Report settings">
      <PeriodFilter className="col-span-2 sm:w-40" value={value} onChange={set} />
      <SelectField
        className="sm:w-36"
        label="Group by"
        value={value.group_by}
        onChange={(e) => set({ group_by: e.target.value as GroupBy })}
        options={GROUP_BY_OPTIONS.map((o) => ({ value: o.value, label: o.label }))}
      />
      <ProjectFilter className="sm:w-52" value={value.project_id} onChange={(id) => set({ project_id: id })} />
      {allPeople ? (
        <PersonFilter
          className="col-span-2 sm:w-44"
          value={value.user_id}
          onChange={(id) => set({ user_id: id })}
          source={access.can('view_users') ? directorySource : null}
          me={me}
          placeholder="Everyone"
        />
      ) : null}
    </FilterBar>
  );
}
