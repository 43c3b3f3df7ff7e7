import type { SelectHTMLAttributes } from 'react';
import { Field, selectControlClass } from '@/components/ui/field';

export interface OptionGroup {
  label: string;
  options: { value: string; label: string }[];
}

interface GroupedSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  groups: OptionGroup[];
  placeholder: string;
  error?: string | undefined;
}

/** A labelled native select with option groups (the permission catalog by category). */
export function GroupedSelect({ label, groups, placeholder, error, className, ...props }: GroupedSelectProps) {
  return (
    <Field label={label} error={error} className={className}>
      {(control) => (
        <select {...control} className={selectControlClass} {...props}>
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
