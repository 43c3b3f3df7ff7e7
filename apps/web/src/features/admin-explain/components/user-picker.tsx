import { SearchSelect, type SearchOption } from '@/components/ui/search-select';
import { getUsers, useUser, type User } from '@/features/admin-users';
import { explainKeys } from '../api/explain';

const option = (u: User): SearchOption => ({
  value: String(u.id),
  label: u.is_active ? u.name : `${u.name} (deactivated)`,
  description: u.email,
});

/** The user to explain, searched on the server by name or email (deactivated users too). */
export function UserPicker({ value, onChange }: { value: number | null; onChange: (id: number | null) => void }) {
  const chosen = useUser(value);
  const selected = value === null ? null : chosen.data ? option(chosen.data) : { value: String(value), label: 'Loading…' };
  return (
    <SearchSelect
      label="User"
      value={selected}
      onChange={(o) => onChange(o ? Number(o.value) : null)}
      queryKey={explainKeys.users}
      search={async (q, signal) => (await getUsers({ q: q || undefined, per_page: 20 }, signal)).users.map(option)}
      placeholder="Choose a user"
      searchPlaceholder="Type a name or an email"
      emptyText="No user matches."
      error={chosen.isError ? chosen.error.message : undefined}
    />
  );
}
