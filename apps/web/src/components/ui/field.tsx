import { useId, type ReactNode } from 'react';

/** The attributes that tie a control to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

const controlClass =
  'mt-1 block w-full rounded-md border-0 px-3 py-2 text-fg shadow-sm ring-1 ring-inset ring-line-strong focus:ring-2 focus:ring-inset focus:ring-focus aria-[invalid=true]:ring-danger sm:text-sm';
/** The look of a text control (input, textarea) inside a Field. */
export const textControlClass = `${controlClass} placeholder:text-fg-faint`;
/** The look of a native select inside a Field. */
export const selectControlClass = `${controlClass} bg-surface`;

interface FieldProps {
  label: string;
  /** A field error from the API (`errors[].message`) or from the form itself. */
  error?: string | undefined;
  hint?: string | undefined;
  className?: string;
  /** The control's id (default: a generated one). */
  id?: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * The frame of every labelled control (text, select, textarea): the label, the control, an optional
 * hint and the error, wired for assistive technology.
 */
export function Field({ label, error, hint, className = '', id: givenId, children }: FieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-fg-secondary">
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-fg-subtle">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-danger-fg">
          {error}
        </p>
      ) : null}
    </div>
  );
}
