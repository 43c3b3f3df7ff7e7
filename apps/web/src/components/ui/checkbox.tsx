import { useId, type ComponentProps, type InputHTMLAttributes } from 'react';

const checkboxClass = 'h-4 w-4 rounded border-line-strong text-accent-fg focus:ring-focus';

/** A bare checkbox (a row selection, a group's "all"), styled like Checkbox; the caller labels it. */
export function CheckboxInput({ className, ...props }: Omit<ComponentProps<'input'>, 'type'>) {
  return <input type="checkbox" className={className ? `${className} ${checkboxClass}` : checkboxClass} {...props} />;
}

interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: string;
  description?: string;
}

export function Checkbox({ label, description, className = '', ...props }: CheckboxProps) {
  const id = useId();
  return (
    <div className={`flex items-start gap-2 ${className}`}>
      <CheckboxInput id={id} className="mt-0.5" {...props} />
      <label htmlFor={id} className="text-sm text-fg-secondary">
        {label}
        {description ? <span className="block text-xs text-fg-subtle">{description}</span> : null}
      </label>
    </div>
  );
}
