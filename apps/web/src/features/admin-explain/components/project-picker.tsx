import { SearchSelect, type SearchOption } from '@/components/ui/search-select';
import { projectLabel, type ProjectOption } from '@/lib/records/project-options';
import { searchProjects, useProject } from '@/lib/records/project-search';
import { explainKeys } from '../api/explain';

/** Projects found per search: the person types more to narrow them. */
const PAGE = 20;

const option = (p: ProjectOption): SearchOption => ({
  value: String(p.id),
  label: projectLabel(p),
});

/** The project to explain: any project you can see (archived ones too), searched on the server by name. */
export function ProjectPicker({ value, onChange }: { value: number | null; onChange: (id: number | null) => void }) {
  const chosen = useProject(value ?? undefined);
  const selected = value === null ? null : chosen.data ? option(chosen.data) : { value: String(value), label: 'Loading…' };
  return (
    <SearchSelect
      label="Project"
      value={selected}
      onChange={(o) => onChange(o ? Number(o.value) : null)}
      queryKey={explainKeys.projects}
      search={async (q, signal) => (await searchProjects(q, 'all', signal, PAGE)).map(option)}
      placeholder="Choose a project"
      searchPlaceholder="Type a project name"
      emptyText="No project matches."
      error={chosen.isError ? chosen.error.message : undefined}
    />
  );
}
