import type { ReactNode } from 'react';

/** One labelled figure in a `<dl>` grid: the term and its value. */
export function FigureCard({ label, children, hint }: { label: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-slate-900">
        {children}
        {hint ? <span className="block text-xs font-normal text-slate-500">{hint}</span> : null}
      </dd>
    </div>
  );
}
