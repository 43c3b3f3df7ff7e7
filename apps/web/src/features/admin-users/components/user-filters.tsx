import { SearchFilters } from '@/components/ui/search-filters';
import { SelectField } from '@/components/ui/select-field';
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
    >
      {(apply) => (
        <>
          <SelectField
            label="Role"
            placeholder="All roles"
            options={roleOptions}
            value={value.role}
            onChange={(e) => apply({ role: e.target.value })}
          />
          <SelectField
            label="Status"
            placeholder="All users"
            options={STATUS_OPTIONS}
            value={value.status}
            onChange={(e) => apply({ status: e.target.value as UserFilterValues['status'] })}
          />
        </>
      )}
    </SearchFilters>
  );
}
