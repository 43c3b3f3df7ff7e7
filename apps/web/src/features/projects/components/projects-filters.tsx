import { useEffect, useState } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import type { ProjectFilter } from '../api/types';
import { ClientPicker } from './client-picker';

interface ProjectsFiltersProps {
  filter: ProjectFilter;
  onChange: (patch: Partial<ProjectFilter>) => void;
  /** The client filter is shown only to people who may see clients. */
  pickClient: boolean;
}

const STATUS_OPTIONS = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'Active and archived' },
];

export function ProjectsFilters({ filter, onChange, pickClient }: ProjectsFiltersProps) {
  const [q, setQ] = useState(filter.q ?? '');
  // Search as the person types, without a request per keystroke.
  useEffect(() => {
    if (q === (filter.q ?? '')) return;
    const timer = setTimeout(() => onChange({ q: q.trim() || undefined }), 300);
    return () => clearTimeout(timer);
  }, [q, filter.q, onChange]);

  return (
    <div className="mb-4 grid gap-3 sm:grid-cols-3">
      <TextField label="Search by name" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="e.g. Website" />
      <SelectField
        label="Status"
        options={STATUS_OPTIONS}
        value={filter.status}
        onChange={(e) => onChange({ status: e.target.value as ProjectFilter['status'] })}
      />
      {pickClient ? (
        <ClientPicker
          status="all"
          placeholder="All clients"
          value={filter.client_id ? String(filter.client_id) : ''}
          onChange={(id) => onChange({ client_id: id ? Number(id) : undefined })}
        />
      ) : null}
    </div>
  );
}
