import { useState } from 'react';
import { diffJson, formatLeaf, type DiffEntry } from '../lib/json-diff';

const KIND_CLASS = {
  added: 'bg-success-soft text-success-fg-strong',
  removed: 'bg-danger-soft text-danger-fg-strong',
  changed: 'bg-warning-soft text-warning-fg-strong',
} satisfies Record<DiffEntry['kind'], string>;

const KIND_SIGN = { added: '+', removed: '−', changed: '~' } satisfies Record<DiffEntry['kind'], string>;

/** The changed fields of an audit entry, with the raw before/after JSON on demand. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const [raw, setRaw] = useState(false);
  const entries = diffJson(before, after);
  return (
    <div className="space-y-2">
      {entries.length === 0 ? (
        <p className="text-sm text-fg-muted">
          {before == null && after == null ? 'No before or after state is recorded for this action.' : 'No field changed.'}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-xs">
            <caption className="sr-only">Changed fields</caption>
            <thead>
              <tr className="text-left text-fg-muted">
                <th scope="col" className="w-6 py-1 pr-2">
                  <span className="sr-only">Change</span>
                </th>
                <th scope="col" className="py-1 pr-3 font-semibold">
                  Field
                </th>
                <th scope="col" className="py-1 pr-3 font-semibold">
                  Before
                </th>
                <th scope="col" className="py-1 font-semibold">
                  After
                </th>
              </tr>
            </thead>
            <tbody className="font-mono">
              {entries.map((e) => (
                <tr key={e.path} className={KIND_CLASS[e.kind]}>
                  <td className="px-1 py-0.5" aria-label={e.kind}>
                    {KIND_SIGN[e.kind]}
                  </td>
                  <td className="break-all py-0.5 pr-3">{e.path}</td>
                  <td className="break-all py-0.5 pr-3">{e.kind === 'added' ? '' : formatLeaf(e.before)}</td>
                  <td className="break-all py-0.5">{e.kind === 'removed' ? '' : formatLeaf(e.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button
        type="button"
        className="text-xs font-medium text-accent-fg underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-focus"
        aria-expanded={raw}
        onClick={() => setRaw((v) => !v)}
      >
        {raw ? 'Hide raw JSON' : 'Show raw JSON'}
      </button>
      {raw ? (
        <div className="grid gap-2 md:grid-cols-2">
          {(['before', 'after'] as const).map((side) => (
            <figure key={side} className="min-w-0">
              <figcaption className="text-xs font-semibold text-fg-muted">{side === 'before' ? 'Before' : 'After'}</figcaption>
              <pre className="mt-1 max-h-80 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100 dark:bg-slate-950 dark:ring-1 dark:ring-line">
                {JSON.stringify(side === 'before' ? before : after, null, 2)}
              </pre>
            </figure>
          ))}
        </div>
      ) : null}
    </div>
  );
}
