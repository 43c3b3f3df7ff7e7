import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from './button';
import { SelectField } from './select-field';
import { TextField } from './text-field';

/** A select that filters the list at once, by one field of the filter values. */
export interface FilterSelect<V> {
  field: keyof V & string;
  label: string;
  /** The empty choice: no filter on this field. */
  placeholder: string;
  options: { value: string; label: string }[];
}

interface SearchFiltersProps<V extends { q: string }> {
  /** The accessible name of the search form. */
  label: string;
  searchLabel: string;
  value: V;
  onChange: (next: V) => void;
  /** The grid's columns from `sm` up: the search box, the selects, the button. */
  columnsClassName: string;
  /** Each applies at once, together with the search text typed so far. */
  selects: FilterSelect<V>[];
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
  selects,
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
        {selects.map((select) => (
          <SelectField
            key={select.field}
            label={select.label}
            placeholder={select.placeholder}
            options={select.options}
            value={String(value[select.field])}
            onChange={(e) => onChange({ ...value, q, [select.field]: e.target.value })}
          />
        ))}
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </div>
      {footer?.(apply)}
    </form>
  );
}
