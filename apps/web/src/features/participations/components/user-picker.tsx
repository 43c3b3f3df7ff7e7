import { useEffect, useState } from 'react';
import { Spinner } from '@/components/ui/spinner';
import { TextField } from '@/components/ui/text-field';
import { ErrorMessage } from '@/components/ui/error-message';
import { useUserSearch } from '../api/search-users';

interface UserPickerProps {
  /** With view_users: search by name or email. Without: a numeric user id. */
  canSearch: boolean;
  value: string;
  onChange: (userId: string) => void;
  /** People already on the project: shown, but not selectable. */
  memberIds?: ReadonlySet<number>;
  error?: string | undefined;
}

export function UserPicker({ canSearch, value, onChange, memberIds, error }: UserPickerProps) {
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(q.trim()), 250);
    return () => clearTimeout(timer);
  }, [q]);
  const results = useUserSearch(debounced, canSearch);

  if (!canSearch) {
    return (
      <TextField
        label="User id"
        inputMode="numeric"
        pattern="[0-9]*"
        required
        value={value}
        onChange={(e) => onChange(e.target.value.replace(/\D/g, ''))}
        error={error}
        placeholder="e.g. 12"
      />
    );
  }
  return (
    <div className="space-y-2">
      <TextField
        label="Find a person"
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder="Name or email"
        error={error}
      />
      {results.isFetching ? <Spinner label="Searching…" /> : null}
      {results.isError ? <ErrorMessage error={results.error} /> : null}
      {results.data && results.data.length === 0 ? <p className="text-sm text-slate-600">Nobody matches “{debounced}”.</p> : null}
      {results.data && results.data.length > 0 ? (
        <fieldset>
          <legend className="sr-only">Person to add</legend>
          <ul className="max-h-48 divide-y divide-slate-100 overflow-y-auto rounded-md ring-1 ring-slate-200">
            {results.data.map((u) => (
              <li key={u.id}>
                <label className="flex cursor-pointer items-center gap-2 px-3 py-2 text-sm hover:bg-slate-50 has-[:checked]:bg-indigo-50 has-[:disabled]:cursor-default has-[:disabled]:opacity-60">
                  <input
                    type="radio"
                    name="member-user"
                    value={u.id}
                    disabled={memberIds?.has(u.id)}
                    checked={value === String(u.id)}
                    onChange={() => onChange(String(u.id))}
                  />
                  <span className="min-w-0">
                    <span className="block font-medium text-slate-900">
                      {u.name}
                      {memberIds?.has(u.id) ? <span className="font-normal text-slate-500"> · already a member</span> : null}
                    </span>
                    <span className="block truncate text-xs text-slate-500">{u.email}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
    </div>
  );
}
