/**
 * Time-entry approvals: a member requests approval of a finished entry; an approver (the
 * approve_time project action: ≥ edit_financials, or approve_time_entries) approves or rejects
 * it; the requester may cancel while it is pending. Pending and approved entries are locked
 * against edits except by people with edit_financials on the project; when such a person changes
 * what was approved (duration, times, project, task, billable), the approval is withdrawn in the
 * same transaction (docs/guides/approvals.md "What approval locks"). Every transition is audited.
 */
import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { projects, timeEntries, timeEntryApprovals, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import { callerCalendar, callerWeek } from '../../lib/caller-calendar.js';
import type { Tx } from '../../lib/db-types.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import { countColumn, countOf, paginate, type Page } from '../../lib/pagination.js';
import type { FilterOf } from '../../lib/schemas.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { checkCalendarDate, FieldErrors } from '../time-entries/time-input.js';
import { allows, projectsAllowing, requireProject } from '../projects/project-access.js';
import { getSettings } from '../settings/settings.service.js';
import type { Approval, ApprovalsQuery } from './approvals.schemas.js';

type ApprovalRow = typeof timeEntryApprovals.$inferSelect;

const baseSelect = (db: Tx) =>
  db
    .select({
      a: timeEntryApprovals,
      e: timeEntries,
      user: { id: users.id, name: users.name },
      project: { id: projects.id, name: projects.name },
    })
    .from(timeEntryApprovals)
    .innerJoin(timeEntries, eq(timeEntries.id, timeEntryApprovals.timeEntryId))
    .innerJoin(users, eq(users.id, timeEntries.userId))
    .innerJoin(projects, eq(projects.id, timeEntries.projectId));

type Joined = Awaited<ReturnType<ReturnType<typeof baseSelect>['execute']>>[number];

export function toApprovalView(r: Joined): Static<typeof Approval> {
  return {
    id: r.a.id,
    time_entry_id: r.a.timeEntryId,
    status: r.a.status,
    requested_by: r.a.requestedBy,
    requested_at: r.a.requestedAt.toISOString(),
    decided_by: r.a.decidedBy,
    decided_at: r.a.decidedAt?.toISOString() ?? null,
    reason: r.a.reason,
    comment: r.a.comment,
    time_entry: {
      id: r.e.id,
      user_id: r.e.userId,
      user: r.user,
      project_id: r.e.projectId,
      project: r.project,
      start_time: r.e.startTime.toISOString(),
      end_time: r.e.endTime?.toISOString() ?? null,
      duration_seconds: r.e.durationSeconds,
      billable: r.e.billable,
      notes: r.e.notes,
    },
  };
}

/**
 * The live (pending or approved) approval of an entry, if any. `lock` holds its row until the
 * transaction ends, so a decision on it waits for a change of the entry instead of slipping
 * between the lock check and the change.
 */
export async function liveApproval(db: Tx, timeEntryId: number, lock = false): Promise<ApprovalRow | null> {
  const query = db
    .select()
    .from(timeEntryApprovals)
    .where(and(eq(timeEntryApprovals.timeEntryId, timeEntryId), inArray(timeEntryApprovals.status, ['pending', 'approved'])));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/**
 * For the time-entries service: an entry with a pending or approved approval is locked; only
 * people with the edit_financials action on its project may still change it. Returns the live
 * approval (locked for the rest of the transaction) so the caller can withdraw it.
 */
export async function assertEntryUnlocked(db: Tx, actor: Actor, entry: { id: number; projectId: number }): Promise<ApprovalRow | null> {
  const live = await liveApproval(db, entry.id, true);
  if (!live) return null;
  const ctx = await requireProject(db, actor, entry.projectId);
  if (allows(actor, ctx, 'edit_financials')) return live;
  throw conflict(
    live.status === 'approved'
      ? 'This time entry is approved and locked; ask someone with the edit_financials level to change it'
      : 'This time entry awaits approval and is locked; cancel the request first',
    { approval_id: live.id, approval_status: live.status },
  );
}

/** What an approval vouches for: a change of any of these withdraws it (notes do not). */
export const APPROVED_FIELDS = ['project_id', 'task_id', 'start_time', 'end_time', 'duration_seconds', 'billable'] as const;
const FIELD_WORDS: Record<string, string> = {
  project_id: 'project',
  task_id: 'task',
  start_time: 'start time',
  end_time: 'end time',
  duration_seconds: 'duration',
  billable: 'billable flag',
};

/**
 * Withdraws an approved approval because its entry changed: it becomes `cancelled`, with the
 * person who changed the entry as `decided_by` and a reason naming the fields, and an
 * `approval.withdraw` audit row keeps the approver and the fields before and after. The entry is
 * then unlocked and not approved; its owner submits it again. Call in the change's transaction.
 */
export async function withdrawApproval(
  tx: Tx,
  actor: Actor,
  approval: ApprovalRow,
  change: { before: Record<string, unknown>; after: Record<string, unknown> },
): Promise<void> {
  const words = Object.keys(change.after).map((f) => FIELD_WORDS[f] ?? f);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0];
  const reason = `Withdrawn because the entry's ${list} changed after approval; submit it again`;
  await tx
    .update(timeEntryApprovals)
    .set({ status: 'cancelled', decidedBy: actor.userId, decidedAt: new Date(), reason })
    .where(and(eq(timeEntryApprovals.id, approval.id), eq(timeEntryApprovals.status, 'approved')));
  await recordAudit(tx, actor, {
    action: 'approval.withdraw',
    targetType: 'time_entry',
    targetId: approval.timeEntryId,
    before: {
      status: 'approved',
      approval_id: approval.id,
      approved_by: approval.decidedBy,
      approved_at: approval.decidedAt?.toISOString() ?? null,
      ...change.before,
    },
    after: { status: 'cancelled', approval_id: approval.id, reason, ...change.after },
  });
}

async function uniqueViolation<T>(work: () => Promise<T>, message: string): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(message);
    throw err;
  }
}

export async function requestApproval(db: Db, actor: Actor, timeEntryId: number, comment = '') {
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(timeEntries).where(eq(timeEntries.id, timeEntryId));
    // Only your own entries can be submitted; others' are invisible here.
    if (!entry || entry.userId !== actor.userId) throw notFound('Time entry');
    if (entry.endTime === null) throw conflict('A running entry cannot be submitted; stop the timer first');
    await requireProject(tx, actor, entry.projectId);
    const [row] = await uniqueViolation(
      () => tx.insert(timeEntryApprovals).values({ timeEntryId, requestedBy: actor.userId!, comment }).returning(),
      'This entry is already pending approval or approved',
    );
    await recordAudit(tx, actor, {
      action: 'approval.request',
      targetType: 'time_entry',
      targetId: timeEntryId,
      after: { approval_id: row!.id },
    });
    const [joined] = await baseSelect(tx).where(eq(timeEntryApprovals.id, row!.id));
    return toApprovalView(joined!);
  });
}

/** What the caller may see: their own requests, and requests on projects they may approve on. */
async function visibility(db: Tx, actor: Actor): Promise<SQL> {
  const approvable = await projectsAllowing(db, actor, 'approve_time');
  const own = eq(timeEntries.userId, actor.userId!);
  if (approvable === 'all') return sql`true`;
  return approvable.length > 0 ? or(own, inArray(timeEntries.projectId, approvable))! : own;
}

export async function listApprovals(db: Db, actor: Actor, filter: FilterOf<typeof ApprovalsQuery>, page: Page) {
  const settings = await getSettings(db);
  const conditions: (SQL | undefined)[] = [await visibility(db, actor)];
  if (filter.queue === 'mine') conditions.push(eq(timeEntries.userId, actor.userId!));
  if (filter.queue === 'to_approve') {
    const approvable = await projectsAllowing(db, actor, 'approve_time');
    conditions.push(eq(timeEntryApprovals.status, 'pending'));
    if (approvable !== 'all') conditions.push(approvable.length > 0 ? inArray(timeEntries.projectId, approvable) : sql`false`);
    if (!settings.allow_self_approval) conditions.push(sql`${timeEntries.userId} <> ${actor.userId}`);
  }
  if (filter.status) conditions.push(eq(timeEntryApprovals.status, filter.status));
  if (filter.project_id !== undefined) conditions.push(eq(timeEntries.projectId, filter.project_id));
  if (filter.user_id !== undefined) conditions.push(eq(timeEntries.userId, filter.user_id));
  conditions.push(...(await weekCondition(db, actor, filter.week, filter.tz)));
  const condition = and(...conditions);
  const result = await paginate(
    page,
    async () =>
      countOf(
        db
          .select(countColumn)
          .from(timeEntryApprovals)
          .innerJoin(timeEntries, eq(timeEntries.id, timeEntryApprovals.timeEntryId))
          .where(condition),
      ),
    (limit, offset) =>
      baseSelect(db)
        .where(condition)
        .orderBy(desc(timeEntryApprovals.requestedAt), desc(timeEntryApprovals.id))
        .limit(limit)
        .offset(offset),
  );
  return { time_entry_approvals: result.items.map(toApprovalView), pagination: result.pagination };
}

/**
 * `?week=`: entries starting in the caller's week holding that day — their time zone (or `tz`),
 * from their week_start (docs/api/README.md, "Days and time zones"); a week may last 167 or 169 hours.
 */
async function weekCondition(db: Tx, actor: Actor, day: string | undefined, tz: string | undefined): Promise<SQL[]> {
  if (day === undefined) {
    if (tz !== undefined) await callerCalendar(db, actor, tz); // an unknown zone is a 400 even without a week
    return [];
  }
  const errors = new FieldErrors();
  checkCalendarDate(day, 'querystring.week', errors);
  errors.throwIfAny();
  const { start, end } = callerWeek(await callerCalendar(db, actor, tz), day);
  return [gte(timeEntries.startTime, start), lt(timeEntries.startTime, end)];
}

/** Loads an approval the actor may see (404 otherwise). */
async function loadVisible(db: Tx, actor: Actor, id: number): Promise<Joined> {
  const [row] = await baseSelect(db).where(and(eq(timeEntryApprovals.id, id), await visibility(db, actor)));
  if (!row) throw notFound('Approval');
  return row;
}

async function assertMayDecide(db: Tx, actor: Actor, row: Joined, allowSelf: boolean): Promise<void> {
  const ctx = await requireProject(db, actor, row.e.projectId);
  if (!allows(actor, ctx, 'approve_time')) {
    throw new AppError(
      'forbidden',
      `Approving time requires at least the 'edit_financials' level on project ${row.e.projectId} or the 'approve_time_entries' permission`,
      {
        required_project_level: 'edit_financials',
        project_id: row.e.projectId,
      },
    );
  }
  if (row.e.userId === actor.userId && !allowSelf)
    throw new AppError('forbidden', 'You cannot decide on your own time entries (see the allow_self_approval setting)');
}

type Decision = { kind: 'approve'; comment?: string } | { kind: 'reject'; reason: string };

async function decide(tx: Tx, actor: Actor, id: number, decision: Decision, allowSelf: boolean) {
  const row = await loadVisible(tx, actor, id);
  await assertMayDecide(tx, actor, row, allowSelf);
  if (row.a.status !== 'pending') throw conflict(`This approval is already ${row.a.status}`, { approval_status: row.a.status });
  const status = decision.kind === 'approve' ? 'approved' : 'rejected';
  // Only a pending approval moves: two approvers racing cannot both decide.
  const updated = await tx
    .update(timeEntryApprovals)
    .set({
      status,
      decidedBy: actor.userId,
      decidedAt: new Date(),
      ...(decision.kind === 'reject' ? { reason: decision.reason } : decision.comment ? { comment: decision.comment } : {}),
    })
    .where(and(eq(timeEntryApprovals.id, id), eq(timeEntryApprovals.status, 'pending')))
    .returning({ id: timeEntryApprovals.id });
  if (updated.length === 0) throw conflict('This approval was decided a moment ago by someone else');
  await recordAudit(tx, actor, {
    action: `approval.${decision.kind}`,
    targetType: 'time_entry',
    targetId: row.e.id,
    before: { status: 'pending' },
    after: { status, approval_id: id, ...(decision.kind === 'reject' ? { reason: decision.reason } : {}) },
  });
  const [after] = await baseSelect(tx).where(eq(timeEntryApprovals.id, id));
  return toApprovalView(after!);
}

export async function approve(db: Db, actor: Actor, id: number, comment?: string) {
  const { allow_self_approval } = await getSettings(db);
  return db.transaction((tx) => decide(tx, actor, id, { kind: 'approve', comment }, allow_self_approval));
}

export async function reject(db: Db, actor: Actor, id: number, reason: string) {
  const { allow_self_approval } = await getSettings(db);
  return db.transaction((tx) => decide(tx, actor, id, { kind: 'reject', reason }, allow_self_approval));
}

export async function cancel(db: Db, actor: Actor, id: number) {
  return db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id);
    if (row.a.requestedBy !== actor.userId) throw new AppError('forbidden', 'Only the person who requested the approval can cancel it');
    if (row.a.status !== 'pending') throw conflict(`This approval is already ${row.a.status}`, { approval_status: row.a.status });
    await tx
      .update(timeEntryApprovals)
      .set({ status: 'cancelled', decidedBy: actor.userId, decidedAt: new Date() })
      .where(eq(timeEntryApprovals.id, id));
    await recordAudit(tx, actor, {
      action: 'approval.cancel',
      targetType: 'time_entry',
      targetId: row.e.id,
      before: { status: 'pending' },
      after: { status: 'cancelled', approval_id: id },
    });
    const [after] = await baseSelect(tx).where(eq(timeEntryApprovals.id, id));
    return toApprovalView(after!);
  });
}

/** All or nothing: when any item fails, nothing is approved and every item's result is reported. */
export async function bulkApprove(db: Db, actor: Actor, ids: number[], comment?: string) {
  const { allow_self_approval } = await getSettings(db);
  const unique = [...new Set(ids)];
  const results: { id: number; status: 'approved' | 'failed'; code?: string; message?: string }[] = [];
  class Abort extends Error {}
  try {
    await db.transaction(async (tx) => {
      for (const id of unique) {
        try {
          await tx.transaction((sp) => decide(sp, actor, id, { kind: 'approve', comment }, allow_self_approval));
          results.push({ id, status: 'approved' });
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          results.push({ id, status: 'failed', code: err.code, message: err.message });
        }
      }
      if (results.some((r) => r.status === 'failed')) throw new Abort();
    });
  } catch (err) {
    if (!(err instanceof Abort)) throw err;
    const failed = results.filter((r) => r.status === 'failed').length;
    throw conflict(`${failed} of ${unique.length} approvals could not be approved; nothing was changed`, {
      results: results.map((r) => (r.status === 'approved' ? { id: r.id, status: 'would_approve' } : r)),
    });
  }
  return { approved: results.length, results };
}
