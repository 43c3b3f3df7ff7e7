import type { ReactNode } from 'react';

/** Role badges (docs/admin/security/roles-and-permissions.md): blue system roles, gray custom roles, yellow legacy roles. */
export type BadgeTone = 'blue' | 'gray' | 'yellow' | 'green' | 'red' | 'indigo';

const TONES = {
  blue: 'bg-blue-50 text-blue-700 ring-blue-600/20',
  gray: 'bg-slate-100 text-slate-700 ring-slate-500/20',
  yellow: 'bg-yellow-50 text-yellow-800 ring-yellow-600/30',
  green: 'bg-green-50 text-green-700 ring-green-600/20',
  red: 'bg-red-50 text-red-700 ring-red-600/20',
  indigo: 'bg-indigo-50 text-indigo-700 ring-indigo-600/20',
} satisfies Record<BadgeTone, string>;

export function Badge({ tone = 'gray', children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>
      {children}
    </span>
  );
}
