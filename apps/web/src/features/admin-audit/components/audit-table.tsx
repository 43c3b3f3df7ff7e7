import { Fragment, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { ExpandButton } from '@/components/ui/expand-button';
import { useDates } from '@/lib/time-settings';
import type { AuditEntry } from '../api/types';
import { auditActionWords, auditTargetWords } from '../lib/audit-words';
import { AuditDiff } from './audit-diff';

interface AuditTableProps {
  entries: AuditEntry[];
  onActor: (userId: number) => void;
}

const COLUMNS = ['Time', 'Actor', 'Action', 'Target', 'IP'];

/** How a change was made, beside its actor (a browser session needs no word). */
const VIA_WORDS: Record<string, string> = {
  token: 'API token',
  cli: 'Command line',
  system: 'System',
  anonymous: 'Not signed in',
};
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
    <div className="overflow-x-auto rounded-lg bg-surface shadow-sm ring-1 ring-line">
      <table className="min-w-full divide-y divide-line text-sm">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead className="bg-surface-muted text-left text-fg-secondary">
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
        <tbody className="divide-y divide-line-subtle">
          {entries.map((e) => {
            const expanded = open.has(e.id);
            return (
              <Fragment key={e.id}>
                <tr className="align-top hover:bg-surface-muted">
                  <td className="px-2 py-2">
                    <ExpandButton
                      expanded={expanded}
                      controls={`audit-${e.id}`}
                      label={`Changes of entry ${e.id} (${auditActionWords(e.action)})`}
                      onToggle={() => toggle(e.id)}
                    />
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-fg-secondary">{formatDateTime(e.created_at)}</td>
                  <td className="px-3 py-2">
                    {e.actor_user_id !== null ? (
                      <button
                        type="button"
                        className="min-w-44 break-words text-left text-accent-fg underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-focus"
                        title="Show only this actor's entries"
                        onClick={() => onActor(e.actor_user_id!)}
                      >
                        {e.actor_name ?? e.actor_email ?? `User ${e.actor_user_id}`}
                      </button>
                    ) : (
                      // No user: the system itself (start-up, setup) or the CLI.
                      <span className="text-fg-subtle">{VIA_WORDS[e.via] ?? e.via}</span>
                    )}
                    {e.actor_name !== null && e.actor_email !== null ? <div className="text-xs text-fg-subtle">{e.actor_email}</div> : null}
                    {e.actor_user_id !== null && e.via !== 'session' ? (
                      <span className="mt-0.5 inline-block">
                        <Badge tone="indigo">{VIA_WORDS[e.via] ?? e.via}</Badge>
                      </span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">
                    <div className="text-fg">{auditActionWords(e.action)}</div>
                    <div className="font-mono text-xs text-fg-subtle">{e.action}</div>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-fg-secondary">
                    {auditTargetWords(e.target_type)}
                    {e.target_id ? <span className="text-fg-subtle"> #{e.target_id}</span> : null}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-fg-muted">{e.ip ?? '—'}</td>
                </tr>
                <tr id={`audit-${e.id}`} hidden={!expanded} className="bg-surface-muted">
                  <td colSpan={6} className="px-4 py-3">
                    {expanded ? (
                      <>
                        <AuditDiff before={e.before} after={e.after} />
                        {e.request_id ? <p className="mt-2 text-xs text-fg-subtle">Request id: {e.request_id}</p> : null}
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
