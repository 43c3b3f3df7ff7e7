import { SearchFilters } from '@/components/ui/search-filters';
import { useAccess } from '@/lib/access';
import { useRoles } from '@/features/admin-roles';

export interface UserFilterValues {
  q: string;
  role: string;
  status: '' | 'active' | 'deactivated';
}

const STATUS_OPTIONS = [
  { value: 'active', label: 'Active' },
  { value: 'deactivated', label: 'Deactivated' },
];

/** Text search applies on Enter or "Search"; the selects apply at once. */
export function UserFilters({ value, onChange }: { value: UserFilterValues; onChange: (next: UserFilterValues) => void }) {
  const access = useAccess();
  const roles = useRoles({ enabled: access.can({ anyOf: ['view_permissions', 'manage_roles', 'manage_user_roles'] }) });
  const roleOptions = (roles.data?.roles ?? []).map((r) => ({ value: r.name, label: r.name }));
  // A role from the URL is kept even before (or without) the role list.
  if (value.role && !roleOptions.some((o) => o.value === value.role)) roleOptions.unshift({ value: value.role, label: value.role });

  return (
    <SearchFilters
      label="Filter users"
      searchLabel="Search name or email"
      value={value}
      onChange={onChange}
      columnsClassName="sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
      selects={[
        { field: 'role', label: 'Role', placeholder: 'All roles', options: roleOptions },
        { field: 'status', label: 'Status', placeholder: 'All users', options: STATUS_OPTIONS },
      ]}
    />
  );
}
