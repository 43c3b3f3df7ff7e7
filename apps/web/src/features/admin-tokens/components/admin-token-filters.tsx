import { X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

export interface TokenFilterValues {
  q: string;
  status: string;
  /** The owner filter, set from the table; shown as a removable chip. */
  owner: { id: number; label: string } | null;
}

export function AdminTokenFilters({ value, onChange }: { value: TokenFilterValues; onChange: (next: TokenFilterValues) => void }) {
  const [q, setQ] = useState(value.q);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, q: q.trim() });
  };
  return (
    <form onSubmit={submit} role="search" aria-label="Filter tokens" className="mb-4 space-y-2">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] sm:items-end">
        <TextField label="Search token name or owner email" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <SelectField
          label="Status"
          placeholder="Any status"
          options={[
            { value: 'active', label: 'Active' },
            { value: 'expired', label: 'Expired' },
            { value: 'revoked', label: 'Revoked' },
          ]}
          value={value.status}
          onChange={(e) => onChange({ ...value, q, status: e.target.value })}
        />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </div>
      {value.owner ? (
        <p className="flex items-center gap-2 text-sm text-slate-700">
          Owner: <strong className="font-medium">{value.owner.label}</strong>
          <button
            type="button"
            className="inline-flex items-center rounded-md px-1.5 py-0.5 text-xs ring-1 ring-slate-300 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600"
            onClick={() => onChange({ ...value, q, owner: null })}
          >
            <X aria-hidden="true" className="mr-0.5 size-3" /> Any owner
          </button>
        </p>
      ) : null}
    </form>
  );
}
