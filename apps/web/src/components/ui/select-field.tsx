import type { SelectHTMLAttributes } from 'react';
import { Field, selectControlClass } from './field';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  error?: string | undefined;
  options: { value: string; label: string }[];
  /** Adds an empty first option with this text (e.g. "All projects"). */
  placeholder?: string;
}

/** A labelled native select: accessible and keyboard-friendly by default. */
export function SelectField({ label, error, options, placeholder, className, ...props }: SelectFieldProps) {
  return (
    <Field label={label} error={error} className={className}>
      {(control) => (
        <select {...control} className={selectControlClass} {...props}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
