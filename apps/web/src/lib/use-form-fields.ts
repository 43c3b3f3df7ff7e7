import { useState, type ChangeEvent } from 'react';

/**
 * A form's text values, and `field(name)`: the props that bind one input to its value and to the API's
 * error for the field of the same name (`<TextField label="Email" {...field('email')} />`).
 */
export function useFormFields<K extends string>(
  initial: Record<K, string>,
  errorOf: (field: K) => string | undefined,
  /** Called on every edit (e.g. to clear a "saved" notice). */
  onEdit?: () => void,
) {
  const [values, setValues] = useState(initial);
  const field = (name: K) => ({
    name,
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const { value } = event.target;
      setValues((current) => ({ ...current, [name]: value }));
      onEdit?.();
    },
    error: errorOf(name),
  });
  return { values, setValues, reset: () => setValues(initial), field };
}

/** The trimmed values that differ from what is saved: a PATCH body that sends only what changed. */
export function changedValues<K extends string>(values: Record<K, string>, saved: Record<K, string>): Partial<Record<K, string>> {
  const changes: Partial<Record<K, string>> = {};
  for (const key of Object.keys(values) as K[]) {
    if (values[key].trim() !== saved[key]) changes[key] = values[key].trim();
  }
  return changes;
}
