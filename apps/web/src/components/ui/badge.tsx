import type { ReactNode } from 'react';

/** Role badges (docs/admin/security/roles-and-permissions.md): blue system roles, gray custom roles, yellow legacy roles. */
export type BadgeTone = 'blue' | 'gray' | 'yellow' | 'green' | 'red' | 'indigo';

const TONES = {
  blue: 'bg-info-soft text-info-fg ring-blue-600/20',
  gray: 'bg-surface-strong text-fg-secondary ring-slate-500/20',
  yellow: 'bg-warning-soft text-warning-fg ring-yellow-600/30',
  green: 'bg-success-soft text-success-fg ring-green-600/20',
  red: 'bg-danger-soft text-danger-fg ring-red-600/20',
  indigo: 'bg-accent-soft text-accent-fg ring-indigo-600/20',
} satisfies Record<BadgeTone, string>;

export function Badge({ tone = 'gray', children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>
      {children}
    </span>
  );
}
