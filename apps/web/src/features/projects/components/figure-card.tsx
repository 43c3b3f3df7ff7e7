import type { ReactNode } from 'react';

/** One labelled figure in a `<dl>` grid: the term and its value. */
export function FigureCard({ label, children, hint }: { label: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <div className="rounded-lg bg-surface p-4 shadow-sm ring-1 ring-line">
      <dt className="text-xs font-medium uppercase tracking-wide text-fg-subtle">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-fg">
        {children}
        {hint ? <span className="block text-xs font-normal text-fg-subtle">{hint}</span> : null}
      </dd>
    </div>
  );
}
