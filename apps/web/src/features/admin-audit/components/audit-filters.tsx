import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { EMPTY_AUDIT_FILTERS, type AuditFilterValues } from '../lib/audit-filters';

const ACTION_HINTS = [
  'auth.*',
  'user.*',
  'user.roles.update',
  'role.*',
  'token.*',
  'project.*',
  'participation.*',
  'client.*',
  'task.*',
  'settings.update',
  'permissions.*',
];
const TARGET_TYPES = ['user', 'role', 'session', 'catalog', 'api_token', 'project', 'participation', 'client', 'task', 'settings'];

/** Filters apply together with "Apply"; "Clear" removes them all. */
export function AuditFilters({ value, onApply }: { value: AuditFilterValues; onApply: (next: AuditFilterValues) => void }) {
  const [form, setForm] = useState(value);
  const set = (key: keyof AuditFilterValues) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(form);
  };
  return (
    <form
      onSubmit={submit}
      role="search"
      aria-label="Filter the audit log"
      className="mb-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <TextField
          label="Action (exact, or a prefix like role.*)"
          list="audit-action-hints"
          value={form.action}
          onChange={set('action')}
          placeholder="role.*"
        />
        <TextField label="Actor user id" type="number" inputMode="numeric" min={1} value={form.actor} onChange={set('actor')} />
        <TextField
          label="Target type"
          list="audit-target-types"
          value={form.target_type}
          onChange={set('target_type')}
          placeholder="user"
        />
        <TextField label="Target id (with a target type)" value={form.target_id} onChange={set('target_id')} />
        <TextField label="From (day)" type="date" value={form.from} onChange={set('from')} max={form.to || undefined} />
        <TextField label="To (day, inclusive)" type="date" value={form.to} onChange={set('to')} min={form.from || undefined} />
      </div>
      <datalist id="audit-action-hints">
        {ACTION_HINTS.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <datalist id="audit-target-types">
        {TARGET_TYPES.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <div className="mt-3 flex justify-end gap-2">
        <Button
          variant="secondary"
          onClick={() => {
            setForm(EMPTY_AUDIT_FILTERS);
            onApply(EMPTY_AUDIT_FILTERS);
          }}
        >
          Clear
        </Button>
        <Button type="submit">Apply filters</Button>
      </div>
    </form>
  );
}
