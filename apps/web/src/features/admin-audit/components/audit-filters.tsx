import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useFormFields } from '@/lib/use-form-fields';
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
  const { values: form, setValues: setForm, field } = useFormFields<keyof AuditFilterValues>(value, () => undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(form);
  };
  return (
    <form
      onSubmit={submit}
      role="search"
      aria-label="Filter the audit log"
      className="mb-4 rounded-lg bg-surface p-4 shadow-sm ring-1 ring-line"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <TextField label="Action (exact, or a prefix like role.*)" list="audit-action-hints" placeholder="role.*" {...field('action')} />
        <TextField label="Actor user id" type="number" inputMode="numeric" min={1} {...field('actor')} />
        <TextField label="Target type" list="audit-target-types" placeholder="user" {...field('target_type')} />
        <TextField label="Target id (with a target type)" {...field('target_id')} />
        <TextField label="From (day)" type="date" max={form.to || undefined} {...field('from')} />
        <TextField label="To (day, inclusive)" type="date" min={form.from || undefined} {...field('to')} />
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
