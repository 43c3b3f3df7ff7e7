import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useAccess } from '@/lib/access';
import { useRoles } from '@/features/admin-roles';

export interface UserFilterValues {
  q: string;
  role: string;
  status: '' | 'active' | 'deactivated';
}

/** Text search applies on Enter or "Search"; the selects apply at once. */
export function UserFilters({ value, onChange }: { value: UserFilterValues; onChange: (next: UserFilterValues) => void }) {
  const access = useAccess();
  const roles = useRoles({ enabled: access.can({ anyOf: ['view_permissions', 'manage_roles', 'manage_user_roles'] }) });
  const [q, setQ] = useState(value.q);
  const roleOptions = (roles.data?.roles ?? []).map((r) => ({ value: r.name, label: r.name }));
  // A role from the URL is kept even before (or without) the role list.
  if (value.role && !roleOptions.some((o) => o.value === value.role)) roleOptions.unshift({ value: value.role, label: value.role });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, q: q.trim() });
  };
  return (
    <form
      onSubmit={submit}
      role="search"
      aria-label="Filter users"
      className="mb-4 grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end"
    >
      <TextField label="Search name or email" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      <SelectField
        label="Role"
        placeholder="All roles"
        options={roleOptions}
        value={value.role}
        onChange={(e) => onChange({ ...value, q, role: e.target.value })}
      />
      <SelectField
        label="Status"
        placeholder="All users"
        options={[
          { value: 'active', label: 'Active' },
          { value: 'deactivated', label: 'Deactivated' },
        ]}
        value={value.status}
        onChange={(e) => onChange({ ...value, q, status: e.target.value as UserFilterValues['status'] })}
      />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}
