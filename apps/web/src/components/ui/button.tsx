import type { ButtonHTMLAttributes } from 'react';

type ButtonVariant = 'primary' | 'secondary' | 'danger';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
}

const VARIANT_CLASSES = {
  primary: 'bg-accent text-white hover:bg-accent-hover focus-visible:outline-focus',
  secondary: 'bg-surface text-fg ring-1 ring-inset ring-line-strong hover:bg-surface-muted focus-visible:outline-focus',
  danger: 'bg-danger text-white hover:bg-danger-hover focus-visible:outline-danger',
} satisfies Record<ButtonVariant, string>;

export function Button({ variant = 'primary', className = '', type = 'button', ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={`inline-flex items-center justify-center rounded-md px-3 py-2 text-sm font-semibold shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60 ${VARIANT_CLASSES[variant]} ${className}`}
      {...props}
    />
  );
}
