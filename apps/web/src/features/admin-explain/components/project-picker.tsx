import { useState } from 'react';
import { TextField } from '@/components/ui/text-field';
import { useProjectOptions } from '../api/get-project-options';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { IdSelect } from './id-select';

/** Search the projects you can see (archived ones too), then pick one. */
export function ProjectPicker({ value, onChange }: { value: number | null; onChange: (id: number | null) => void }) {
  const [q, setQ] = useState('');
  const search = useDebouncedValue(q.trim());
  const projects = useProjectOptions(search, true);
  const options = (projects.data?.projects ?? []).map((p) => ({
    value: String(p.id),
    label: `${p.name}${p.status === 'archived' ? ' (archived)' : ''}`,
  }));
  if (value !== null && !options.some((o) => o.value === String(value)))
    options.unshift({ value: String(value), label: `Project #${value}` });
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField label="Find a project" type="search" placeholder="Project name" value={q} onChange={(e) => setQ(e.target.value)} />
      <IdSelect label="Project" noun="project" list={projects} options={options} value={value} onChange={onChange} />
    </div>
  );
}
