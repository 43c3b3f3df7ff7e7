import type { ReactNode } from 'react';

type AlertTone = 'error' | 'warning' | 'success' | 'info';

const TONE_CLASSES = {
  error: 'border-red-200 bg-red-50 text-red-800',
  warning: 'border-amber-200 bg-amber-50 text-amber-900',
  success: 'border-green-200 bg-green-50 text-green-800',
  info: 'border-slate-200 bg-slate-50 text-slate-800',
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
