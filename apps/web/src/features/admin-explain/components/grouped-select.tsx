import type { SelectHTMLAttributes } from 'react';
import { Field } from '@/components/ui/field';

export interface OptionGroup {
  label: string;
  options: { value: string; label: string }[];
}

interface GroupedSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  groups: OptionGroup[];
  placeholder: string;
}

/** A labelled native select with option groups (the permission catalog by category). */
export function GroupedSelect({ label, groups, placeholder, className, ...props }: GroupedSelectProps) {
  return (
    <Field label={label} className={className}>
      {(control) => (
        <select
          {...control}
          className="mt-1 block w-full rounded-md border-0 bg-white px-3 py-2 text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-indigo-600 sm:text-sm"
          {...props}
        >
          <option value="">{placeholder}</option>
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
