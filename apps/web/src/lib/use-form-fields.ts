import { useState, type ChangeEvent } from 'react';
import { fieldError } from './field-errors';

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

type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/**
 * For forms whose state lives in one object: `bind(name)` gives the value, the change handler (which
 * hands `onChange` the whole next object; `parse` may reshape the text) and the API's error for one
 * text input, textarea or select (`<TextField label="Name" {...bind('name')} />`).
 */
export function textBinder<T extends object>(values: T, onChange: (next: T) => void, error: unknown) {
  return (name: TextKey<T>, parse: (text: string) => string = (text) => text) => ({
    value: String(values[name]),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      onChange({ ...values, [name]: parse(event.target.value) }),
    error: fieldError(error, name),
  });
}

/** The trimmed values that differ from what is saved: a PATCH body that sends only what changed. */
export function changedValues<K extends string>(values: Record<K, string>, saved: Record<K, string>): Partial<Record<K, string>> {
  const changes: Partial<Record<K, string>> = {};
  for (const key of Object.keys(values) as K[]) {
    if (values[key].trim() !== saved[key]) changes[key] = values[key].trim();
  }
  return changes;
}
