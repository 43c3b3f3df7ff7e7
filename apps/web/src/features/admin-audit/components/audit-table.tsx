import { Fragment, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { ExpandButton } from '@/components/ui/expand-button';
import { useDates } from '@/lib/time-settings';
import type { AuditEntry } from '../api/types';
import { AuditDiff } from './audit-diff';

interface AuditTableProps {
  entries: AuditEntry[];
  onActor: (userId: number) => void;
}

const COLUMNS = ['Time', 'Actor', 'Action', 'Target', 'IP'];
/** Time, actor, action, target, IP; a row opens to its before/after diff. */
export function AuditTable({ entries, onActor }: AuditTableProps) {
  const { formatDateTime } = useDates();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="w-8 px-2 py-2">
              <span className="sr-only">Details</span>
            </th>
            {COLUMNS.map((header) => (
              <th key={header} scope="col" className="px-3 py-2 font-semibold">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((e) => {
            const expanded = open.has(e.id);
            return (
              <Fragment key={e.id}>
                <tr className="align-top hover:bg-slate-50">
                  <td className="px-2 py-2">
                    <ExpandButton
                      expanded={expanded}
                      controls={`audit-${e.id}`}
                      label={`Changes of entry ${e.id} (${e.action})`}
                      onToggle={() => toggle(e.id)}
                    />
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-slate-700">{formatDateTime(e.created_at)}</td>
                  <td className="px-3 py-2">
                    {e.actor_user_id !== null ? (
                      <button
                        type="button"
                        className="min-w-44 break-words text-left text-indigo-700 underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600"
                        title="Show only this actor's entries"
                        onClick={() => onActor(e.actor_user_id!)}
                      >
                        {e.actor_email ?? `user ${e.actor_user_id}`}
                      </button>
                    ) : (
                      // No user: the system itself (start-up, setup) or the CLI.
                      <span className="text-slate-500">{e.via}</span>
                    )}
                    {e.actor_user_id !== null && e.via !== 'session' ? (
                      <span className="ml-1">
                        <Badge tone="indigo">{e.via}</Badge>
                      </span>
                    ) : null}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-slate-800">{e.action}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-slate-700">
                    {e.target_type}
                    {e.target_id ? <span className="text-slate-500"> #{e.target_id}</span> : null}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-slate-600">{e.ip ?? '—'}</td>
                </tr>
                <tr id={`audit-${e.id}`} hidden={!expanded} className="bg-slate-50">
                  <td colSpan={6} className="px-4 py-3">
                    {expanded ? (
                      <>
                        <AuditDiff before={e.before} after={e.after} />
                        {e.request_id ? <p className="mt-2 text-xs text-slate-500">Request id: {e.request_id}</p> : null}
                      </>
                    ) : null}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
