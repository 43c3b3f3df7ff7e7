import { Fragment, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { ExpandButton } from '@/components/ui/expand-button';
import { SM_UP, useMediaQuery } from '@/lib/use-media-query';
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

/** Who: the actor's name (a button filtering by them), their address then, and how they acted. */
function Actor({ entry: e, onActor }: { entry: AuditEntry; onActor: (userId: number) => void }) {
  return (
    <>
      {e.actor_user_id !== null ? (
        <button
          type="button"
          className="break-words text-left text-accent-fg underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-focus sm:min-w-44"
          title="Show only this actor's entries"
          onClick={() => onActor(e.actor_user_id!)}
        >
          {e.actor_name ?? e.actor_email ?? `User ${e.actor_user_id}`}
        </button>
      ) : (
        // No user: the system itself (start-up, setup) or the CLI.
        <span className="text-fg-subtle">{VIA_WORDS[e.via] ?? e.via}</span>
      )}
      {e.actor_name !== null && e.actor_email !== null ? <div className="break-all text-xs text-fg-subtle">{e.actor_email}</div> : null}
      {e.actor_user_id !== null && e.via !== 'session' ? (
        <span className="mt-0.5 inline-block">
          <Badge tone="indigo">{VIA_WORDS[e.via] ?? e.via}</Badge>
        </span>
      ) : null}
    </>
  );
}

/** What happened, in words, with the code the filter takes. */
function Action({ entry: e }: { entry: AuditEntry }) {
  return (
    <>
      <div className="text-fg">{auditActionWords(e.action)}</div>
      <div className="font-mono text-xs text-fg-subtle">{e.action}</div>
    </>
  );
}

function Target({ entry: e }: { entry: AuditEntry }) {
  return (
    <>
      {auditTargetWords(e.target_type)}
      {e.target_id ? <span className="text-fg-subtle"> #{e.target_id}</span> : null}
    </>
  );
}

/** The entry's before/after diff and its request id, shown when opened. */
function Changes({ entry: e, expanded }: { entry: AuditEntry; expanded: boolean }) {
  return expanded ? (
    <>
      <AuditDiff before={e.before} after={e.after} />
      {e.request_id ? <p className="mt-2 text-xs text-fg-subtle">Request id: {e.request_id}</p> : null}
    </>
  ) : null;
}

/**
 * Time, actor, action, target, IP; an entry opens to its before/after diff. A table from 640 px,
 * one card per entry below (docs/guides/README.md#on-a-phone).
 */
export function AuditTable({ entries, onActor }: AuditTableProps) {
  const { formatDateTime } = useDates();
  const wide = useMediaQuery(SM_UP, true);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const expandButton = (e: AuditEntry) => (
    <ExpandButton
      expanded={open.has(e.id)}
      controls={`audit-${e.id}`}
      label={`Changes of entry ${e.id} (${auditActionWords(e.action)})`}
      onToggle={() => toggle(e.id)}
    />
  );

  if (!wide)
    return (
      <ul aria-label="Audit log entries, newest first" className="space-y-2" data-layout="cards">
        {entries.map((e) => (
          <li key={e.id} className="rounded-lg bg-surface p-3 text-sm shadow-sm ring-1 ring-line">
            <div className="flex items-start gap-2">
              {expandButton(e)}
              <div className="min-w-0 flex-1 space-y-1">
                <div className="font-medium">
                  <Action entry={e} />
                </div>
                <div>
                  <Actor entry={e} onActor={onActor} />
                </div>
                <p className="text-fg-secondary">
                  {formatDateTime(e.created_at)} ·{'\u00a0'}
                  <Target entry={e} />
                  {e.ip ? (
                    <span className="whitespace-nowrap font-mono text-xs text-fg-muted">
                      {' '}
                      ·{'\u00a0'}
                      {e.ip}
                    </span>
                  ) : null}
                </p>
              </div>
            </div>
            <div id={`audit-${e.id}`} hidden={!open.has(e.id)} className="mt-2 border-t border-line-subtle pt-2">
              <Changes entry={e} expanded={open.has(e.id)} />
            </div>
          </li>
        ))}
      </ul>
    );

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
          {entries.map((e) => (
            <Fragment key={e.id}>
              <tr className="align-top hover:bg-surface-muted">
                <td className="px-2 py-2">{expandButton(e)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-fg-secondary">{formatDateTime(e.created_at)}</td>
                <td className="px-3 py-2">
                  <Actor entry={e} onActor={onActor} />
                </td>
                <td className="px-3 py-2">
                  <Action entry={e} />
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-fg-secondary">
                  <Target entry={e} />
                </td>
                <td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-fg-muted">{e.ip ?? '—'}</td>
              </tr>
              <tr id={`audit-${e.id}`} hidden={!open.has(e.id)} className="bg-surface-muted">
                <td colSpan={6} className="px-4 py-3">
                  <Changes entry={e} expanded={open.has(e.id)} />
                </td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
