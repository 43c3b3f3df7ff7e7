import type { TextareaHTMLAttributes } from 'react';
import { Field, textControlClass } from './field';

interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  error?: string | undefined;
  hint?: string;
}

/** A labelled multi-line input, styled and wired like TextField. */
export function TextareaField({ label, error, hint, className, rows = 3, ...props }: TextareaFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(control) => <textarea {...control} rows={rows} className={textControlClass} {...props} />}
    </Field>
  );
}
