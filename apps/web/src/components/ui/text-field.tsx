import type { InputHTMLAttributes } from 'react';
import { Field } from './field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** A field error from the API (`errors[].message`) or from the form itself. */
  error?: string | undefined;
}

/** A labelled input; the label and the error are wired for assistive technology. */
export function TextField({ label, error, className, ...props }: TextFieldProps) {
  return (
    <Field label={label} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          className="mt-1 block w-full rounded-md border-0 px-3 py-2 text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-indigo-600 aria-[invalid=true]:ring-red-500 sm:text-sm"
          {...props}
        />
      )}
    </Field>
  );
}
