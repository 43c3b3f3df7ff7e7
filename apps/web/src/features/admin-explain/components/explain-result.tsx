import {
  isPermission,
  isProjectAction,
  isProjectLevel,
  permissionLabel,
  PROJECT_ACTION_LABELS,
  PROJECT_FLAG_LABELS,
  PROJECT_LEVEL_LABELS,
  type ProjectFlag,
} from '@timekeeper/shared';
import { CircleCheck, CircleX } from 'lucide-react';
import { Fragment, type ReactNode } from 'react';
import { RoleBadge } from '@/features/admin-roles';
import { useDates } from '@/lib/time-settings';
import type { Explanation } from '../api/types';
import {
  readAlternative,
  readBlocker,
  readDecidedBy,
  readParticipation,
  readReason,
  type Alternative,
  type DecidedBy,
  type ExplainBlocker,
  type ExplainReason,
} from '../lib/explanation';

const levelLabel = (level: string | null | undefined) =>
  level ? (isProjectLevel(level) ? PROJECT_LEVEL_LABELS[level] : level) : 'none — not a member';

/** A permission by its name for people: “View all projects”. */
const perm = (name: string) => (isPermission(name) ? `“${permissionLabel(name)}”` : name);
const actionLabel = (action: string) => (isProjectAction(action) ? `“${PROJECT_ACTION_LABELS[action]}”` : action);
const flagLabel = (flag: string) => (Object.hasOwn(PROJECT_FLAG_LABELS, flag) ? PROJECT_FLAG_LABELS[flag as ProjectFlag] : flag);

function sourceText(source: string | null | undefined): string {
  if (!source) return 'nothing (not a member, no administrator role)';
  if (source === 'participation') return 'their participation in the project';
  if (source === 'account_admin') return 'an administrator role (admins act as project administrator everywhere)';
  if (source.startsWith('permission:')) return `the ${perm(source.slice('permission:'.length))} permission`;
  return source;
}

/** Whether and how the user sees the project: only membership, an admin role or view_all_projects open it. */
function visibilityText(result: Explanation): string {
  if (!result.visible) return `no — not a member, no administrator role, no ${perm('view_all_projects')} permission`;
  return `yes, through ${sourceText(result.visible_through)}`;
}

function alternativeText(req: Alternative): string {
  if (typeof req === 'string') return `the ${perm(req)} permission`;
  return 'anyOf' in req
    ? `the ${req.anyOf.map(perm).join(' or ')} permission`
    : `the ${req.allOf.map(perm).join(' and ')} permissions together`;
}

function Reason({ reason }: { reason: ExplainReason }) {
  const { formatDateTime } = useDates();
  if (reason.kind === 'legacy_admin')
    return <li>The legacy admin flag (the old role column; run pnpm cli seed-permissions to migrate it).</li>;
  return (
    <li className="flex flex-wrap items-center gap-1.5">
      <RoleBadge name={reason.role_name} isSystem={reason.is_system_role} expiresAt={reason.expires_at} />
      <span>
        {reason.via === 'direct'
          ? 'grants it directly'
          : `grants it through ${reason.implied_by ? perm(reason.implied_by) : 'a broader permission'}`}
      </span>
      {reason.expires_at ? <span className="text-fg-subtle">(assignment until {formatDateTime(reason.expires_at)})</span> : null}
    </li>
  );
}

function Blocker({ blocker }: { blocker: Extract<ExplainBlocker, { kind: 'expired_assignment' }> }) {
  const { formatDateTime } = useDates();
  return (
    <li className="flex flex-wrap items-center gap-1.5">
      <RoleBadge name={blocker.role_name} isSystem={false} expiresAt={blocker.expired_at} />
      <span>would grant it, but the assignment expired on {formatDateTime(blocker.expired_at)}.</span>
    </li>
  );
}

function decidedText(d: DecidedBy): string {
  if (d.kind === 'level') return `their level is at least ${levelLabel(d.minimum)}`;
  if (d.kind === 'flag') return `the “${flagLabel(d.flag)}” access of their participation`;
  return d.allOf ? `the ${d.allOf.map(perm).join(' and ')} account permissions together` : `the ${perm(d.permission)} account permission`;
}

/**
 * The answer in one sentence, in words (the API's `summary` names permissions, levels and actions
 * by their codes, for API clients).
 */
export function summaryText(
  result: Explanation,
  facts: { reasons: ExplainReason[]; blockers: ExplainBlocker[]; decidedBy: DecidedBy | null; alternative: Alternative | null },
): string {
  if (result.action === undefined) {
    const permission = perm(result.permission ?? '');
    if (result.allowed) {
      const via = facts.reasons.map((r) => (r.kind === 'legacy_admin' ? 'the legacy admin flag' : `the ${r.role_name} role`));
      return `They hold ${permission} through ${via.join(', ') || 'their roles'}.`;
    }
    if (facts.blockers.some((b) => b.kind === 'inactive_user')) return 'The account is deactivated: it holds no permissions.';
    if (facts.blockers.some((b) => b.kind === 'expired_assignment'))
      return `They held ${permission} through an assignment that has expired.`;
    return `None of their roles grants ${permission}.`;
  }
  const action = actionLabel(result.action);
  if (result.allowed)
    return `They may ${action} on this project: ${facts.decidedBy ? decidedText(facts.decidedBy) : 'their access allows it'}.`;
  if (!result.visible)
    return `They cannot see this project: not a member, no administrator role, no ${perm('view_all_projects')} permission.`;
  const needs = `at least ${levelLabel(result.minimum_level)}${facts.alternative ? `, or ${alternativeText(facts.alternative)}` : ''}`;
  const theirs = result.level ? `their level is ${levelLabel(result.level)}` : 'they are not a member';
  return `They may not ${action} on this project: it needs ${needs}, and ${theirs}.`;
}

/** A titled list of facts (one `render`ed item each); nothing when there are none. */
function Facts<T>(props: { title: string; listClassName: string; items: T[]; render: (item: T) => ReactNode }) {
  const { title, listClassName, items, render } = props;
  if (items.length === 0) return null;
  return (
    <div className="mt-3 text-sm">
      <h3 className="font-medium text-fg">{title}</h3>
      <ul className={`mt-1 ${listClassName}`}>
        {items.map((item, i) => (
          <Fragment key={i}>{render(item)}</Fragment>
        ))}
      </ul>
    </div>
  );
}

/** The verdict, the API's sentence, and the facts behind it. */
export function ExplainResult({ result }: { result: Explanation }) {
  const Icon = result.allowed ? CircleCheck : CircleX;
  const reasons = (result.reasons ?? []).map(readReason).filter((r) => r !== null);
  const blockers = (result.blockers ?? []).map(readBlocker).filter((b) => b !== null);
  const participation = result.participation ? readParticipation(result.participation) : null;
  const decidedBy = result.decided_by ? readDecidedBy(result.decided_by) : null;
  const alternative = result.alternative_permission ? readAlternative(result.alternative_permission) : null;
  const flagsOn = Object.entries(participation?.flags ?? {})
    .filter(([, on]) => on)
    .map(([f]) => f);
  return (
    <section
      aria-live="polite"
      aria-label="Answer"
      className={`rounded-lg border p-4 sm:p-6 ${result.allowed ? 'border-success-line bg-success-soft' : 'border-danger-line bg-danger-soft'}`}
    >
      <p className={`flex items-center gap-2 text-lg font-semibold ${result.allowed ? 'text-success-fg' : 'text-danger-fg'}`}>
        <Icon aria-hidden="true" className="size-6" /> {result.allowed ? 'Allowed' : 'Denied'}
      </p>
      <p className="mt-1 text-sm text-fg">{summaryText(result, { reasons, blockers, decidedBy, alternative })}</p>
      <Facts title="Granted by" listClassName="list-inside space-y-1" items={reasons} render={(r) => <Reason reason={r} />} />
      {/* A deactivated account and "no role grants it" are the sentence above; an expired assignment adds its role and date. */}
      <Facts
        title="Why not"
        listClassName="space-y-1"
        items={blockers.filter((b) => b.kind === 'expired_assignment')}
        render={(b) => <Blocker blocker={b} />}
      />
      {result.action !== undefined ? (
        <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-fg-secondary">Sees the project</dt>
          <dd>{visibilityText(result)}</dd>
          <dt className="font-medium text-fg-secondary">Level</dt>
          <dd>{levelLabel(result.level)}</dd>
          <dt className="font-medium text-fg-secondary">Level comes from</dt>
          <dd>{sourceText(result.level_source)}</dd>
          <dt className="font-medium text-fg-secondary">Participation</dt>
          <dd>
            {participation
              ? `${levelLabel(participation.level)}${flagsOn.length ? `; additional access: ${flagsOn.map(flagLabel).join(', ')}` : '; no additional access'}`
              : 'not a member'}
          </dd>
          {decidedBy ? (
            <>
              <dt className="font-medium text-fg-secondary">Decided by</dt>
              <dd>{decidedText(decidedBy)}</dd>
            </>
          ) : null}
          {result.minimum_level ? (
            <>
              <dt className="font-medium text-fg-secondary">Needs at least</dt>
              <dd>
                {levelLabel(result.minimum_level)}
                {alternative ? `, or ${alternativeText(alternative)}` : ''}
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </section>
  );
}
