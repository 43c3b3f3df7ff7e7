import type { ReactNode } from 'react';

type AlertTone = 'error' | 'warning' | 'success' | 'info';

const TONE_CLASSES = {
  error: 'border-danger-line bg-danger-soft text-danger-fg',
  warning: 'border-warning-line bg-warning-soft text-warning-fg-strong',
  success: 'border-success-line bg-success-soft text-success-fg',
  info: 'border-line bg-surface-muted text-fg',
} satisfies Record<AlertTone, string>;

interface AlertProps {
  tone?: AlertTone;
  title?: string;
  children: ReactNode;
}

/** Errors are announced at once (`role="alert"`); other tones politely (`role="status"`). Warnings flag data that needs attention, not a failure. */
export function Alert({ tone = 'info', title, children }: AlertProps) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border p-3 text-sm ${TONE_CLASSES[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}
