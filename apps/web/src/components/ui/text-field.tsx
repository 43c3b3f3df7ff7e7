import type { InputHTMLAttributes } from 'react';
import { Field, textControlClass } from './field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** A field error from the API (`errors[].message`) or from the form itself. */
  error?: string | undefined;
}

/** A labelled input; the label and the error are wired for assistive technology. */
export function TextField({ label, error, className, ...props }: TextFieldProps) {
  return (
    <Field label={label} error={error} className={className}>
      {(control) => <input {...control} className={textControlClass} {...props} />}
    </Field>
  );
}
