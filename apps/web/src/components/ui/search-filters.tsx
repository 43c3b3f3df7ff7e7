import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from './button';
import { TextField } from './text-field';

interface SearchFiltersProps<V extends { q: string }> {
  /** The accessible name of the search form. */
  label: string;
  searchLabel: string;
  value: V;
  onChange: (next: V) => void;
  /** The grid's columns from `sm` up: the search box, the selects, the button. */
  columnsClassName: string;
  /** The selects; each applies at once, together with the search text typed so far. */
  children: (apply: (patch: Partial<V>) => void) => ReactNode;
  /** Below the fields (e.g. a removable chip for a filter set elsewhere). */
  footer?: (apply: (patch: Partial<V>) => void) => ReactNode;
}

/** A list's filters: the text search applies on Enter or "Search", the selects at once. */
export function SearchFilters<V extends { q: string }>({
  label,
  searchLabel,
  value,
  onChange,
  columnsClassName,
  children,
  footer,
}: SearchFiltersProps<V>) {
  const [q, setQ] = useState(value.q);
  const apply = (patch: Partial<V>) => onChange({ ...value, q, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, q: q.trim() });
  };
  return (
    <form onSubmit={submit} role="search" aria-label={label} className="mb-4 space-y-2">
      <div className={`grid gap-3 ${columnsClassName} sm:items-end`}>
        <TextField label={searchLabel} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        {children(apply)}
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </div>
      {footer?.(apply)}
    </form>
  );
}
