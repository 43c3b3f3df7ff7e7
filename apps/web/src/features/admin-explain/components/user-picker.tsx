import { useState } from 'react';
import { TextField } from '@/components/ui/text-field';
import { useUser, useUsers } from '@/features/admin-users';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { IdSelect } from './id-select';

/** Search users by name or email, then pick one; the picked user stays listed while searching. */
export function UserPicker({ value, onChange }: { value: number | null; onChange: (id: number | null) => void }) {
  const [q, setQ] = useState('');
  const search = useDebouncedValue(q.trim());
  const users = useUsers({ q: search || undefined, per_page: 20 });
  const picked = useUser(value);
  const options = (users.data?.users ?? []).map((u) => ({
    value: String(u.id),
    label: `${u.name} — ${u.email}${u.is_active ? '' : ' (deactivated)'}`,
  }));
  if (picked.data && !options.some((o) => o.value === String(picked.data.id))) {
    options.unshift({ value: String(picked.data.id), label: `${picked.data.name} — ${picked.data.email}` });
  }
  const total = users.data?.pagination.total ?? 0;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField label="Find a user" type="search" placeholder="Name or email" value={q} onChange={(e) => setQ(e.target.value)} />
      <div>
        <IdSelect label="User" noun="user" list={users} options={options} value={value} onChange={onChange} />
        {total > options.length ? <p className="mt-1 text-xs text-slate-500">{total} match; refine the search to see the others.</p> : null}
      </div>
    </div>
  );
}
