/**
 * Time entries. Visibility and write rules are in record-access.ts; this file holds the data rules:
 *
 * - a new entry is complete and has ended (its span: entry-span.ts); running entries come only
 *   from the timer;
 * - `Idempotency-Key` makes a POST safe to repeat: the unique (user_id, idempotency_key) index
 *   decides under concurrency, the stored entry is returned instead of a second one;
 * - a running entry changes only its notes and task until it is stopped;
 * - a change of what an approval vouches for withdraws the approval (approvals.service.ts);
 * - every create, change and delete is audited in its transaction (`time_entry.*`, docs/api/audit-logs.md).
 */
import { APPROVED_FIELDS, assertEntryUnlocked, withdrawApproval } from '../approvals/approvals.service.js';
import { recordAudit, recordChange } from '../audit/audit.service.js';
import { assertNotInvoiced } from '../invoices/invoices.service.js';
import { addDays, startOfDay } from '@timekeeper/shared';
import { and, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { invoiceLines, timeEntries, timeEntryApprovals, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import { callerCalendar } from '../../lib/caller-calendar.js';
import type { Tx } from '../../lib/db-types.js';
import { AppError, badRequest, conflict } from '../../lib/errors.js';
import { changedColumns } from '../../lib/changed-columns.js';
import { paginate, type Page } from '../../lib/pagination.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { FilterOf } from '../../lib/schemas.js';
import { allows, type ProjectContext } from '../projects/project-access.js';
import {
  changedFields,
  checkTask,
  requireActiveProject,
  requireActiveUser,
  requireRecordOwner,
  requireRecordChange,
  requireWritableProject,
  TIME_ACTIONS,
  type UserRef,
} from './record-access.js';
import { recordListConditions, requireVisibleRecord, type VisibleRecord } from './record-queries.js';
import type { CreateTimeEntryBody, TimeEntriesQuery, TimeEntry, UpdateTimeEntryBody } from './time-entries.schemas.js';
import { resolveSpan } from './entry-span.js';
import { dateFilter, FieldErrors } from './time-input.js';

export type TimeEntryRow = typeof timeEntries.$inferSelect;

/** Where an entry stands in the money flow: its approval and the invoice billing it. */
export type EntryState = Pick<TimeEntryView, 'approval_status' | 'invoice_id'>;
/** A new or running entry has neither (only finished entries can be submitted or billed). */
export const NO_ENTRY_STATE: EntryState = { approval_status: null, invoice_id: null };

/**
 * An entry's state as two columns of a query over `time_entries`, each an indexed lookup: the latest
 * approval that was not cancelled by its requester (a rejected entry may be submitted again, so
 * the newest request wins) and the live invoice line (one at most: it is unique per entry). An
 * approval withdrawn by a change (cancelled with a reason, see `withdrawApproval`) counts: the
 * entry is then not approved and not submitted (null).
 */
const entryStateColumns = {
  // Spelled out with aliases: drizzle leaves columns unqualified in a one-table select, where
  // "id" inside the subquery would be the approval's.
  approval_status: sql<EntryState['approval_status']>`(
    select nullif(a.status, 'cancelled') from ${timeEntryApprovals} a
    where a.time_entry_id = ${timeEntries}.id and (a.status <> 'cancelled' or a.reason is not null)
    order by a.id desc limit 1)`,
  invoice_id: sql<number | null>`(select l.invoice_id from ${invoiceLines} l where l.time_entry_id = ${timeEntries}.id)`,
};

/** The states of some entries (see `entryStateColumns`) in one query. */
export async function entryStates(db: Tx, ids: number[]): Promise<Map<number, EntryState>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: timeEntries.id, ...entryStateColumns })
    .from(timeEntries)
    .where(inArray(timeEntries.id, ids));
  const out = new Map<number, EntryState>(ids.map((id) => [id, { ...NO_ENTRY_STATE }]));
  for (const { id, ...state } of rows) out.set(id, state);
  return out;
}

async function entryState(db: Tx, id: number): Promise<EntryState> {
  return (await entryStates(db, [id])).get(id)!;
}

export type TimeEntryView = Static<typeof TimeEntry>;

export function toTimeEntryView(row: TimeEntryRow, user: UserRef, state: EntryState): TimeEntryView {
  return {
    id: row.id,
    ...entryAuditView(row),
    user: { id: user.id, name: user.name },
    approval_status: state.approval_status,
    invoice_id: state.invoice_id,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of an entry (`time_entry.*` and `timer.*` rows). */
export function entryAuditView(row: TimeEntryRow) {
  return {
    user_id: row.userId,
    project_id: row.projectId,
    task_id: row.taskId,
    start_time: row.startTime.toISOString(),
    end_time: row.endTime ? row.endTime.toISOString() : null,
    duration_seconds: row.durationSeconds,
    billable: row.billable,
    notes: row.notes,
  };
}

/** Inserts an entry and audits it (`time_entry.create`, `timer.start`) in the caller's transaction. */
export async function insertEntry(tx: Tx, actor: Actor, action: string, values: typeof timeEntries.$inferInsert): Promise<TimeEntryRow> {
  const [inserted] = await tx.insert(timeEntries).values(values).returning();
  await recordAudit(tx, actor, { action, targetType: 'time_entry', targetId: inserted!.id, after: entryAuditView(inserted!) });
  return inserted!;
}

/** Audits a change of an entry (`time_entry.update`: the changed fields, with its user and project); returns both views and what changed. */
export async function auditEntryChange(tx: Tx, actor: Actor, row: TimeEntryRow, after: TimeEntryRow) {
  const [was, now] = [entryAuditView(row), entryAuditView(after)];
  const diff = changedFields(was, now, ['user_id', 'project_id']);
  if (diff.changed.length > 0)
    await recordChange(tx, actor, 'time_entry.update', { type: 'time_entry', id: row.id }, diff.before, diff.after);
  return { was, now, changed: diff.changed };
}

/** Entries with their owner and their state (approval, invoice), for the views. */
export const entriesWithUser = (db: Tx) =>
  db
    .select({ entry: timeEntries, user: { id: users.id, name: users.name }, state: entryStateColumns })
    .from(timeEntries)
    .innerJoin(users, eq(users.id, timeEntries.userId));

type VisibleEntry = VisibleRecord<TimeEntryRow> & { state: EntryState };

/**
 * The entry, if the actor may see it; 404 otherwise (missing and invisible look the same).
 * `lock` holds the entry's row for the rest of the transaction (changes and deletes), so the
 * audit row's "before" is what was really changed.
 */
export async function loadVisibleEntry(db: Tx, actor: Actor, id: number, lock = false): Promise<VisibleEntry> {
  const query = entriesWithUser(db).where(eq(timeEntries.id, id));
  const [found] = lock ? await query.for('update', { of: timeEntries }) : await query;
  const visible = await requireVisibleRecord(db, actor, TIME_ACTIONS, found && { row: found.entry, user: found.user }, 'Time entry');
  return { ...visible, state: found!.state };
}

export async function listTimeEntries(db: Db, actor: Actor, filter: FilterOf<typeof TimeEntriesQuery>, page: Page) {
  const range = dateFilter(filter.start_date, filter.end_date);
  // The days are the caller's (lib/caller-calendar.ts): a day may begin at any hour UTC and last 23 or 25 hours.
  const { timeZone } = await callerCalendar(db, actor, filter.tz);
  const from = range.startDate ? startOfDay(range.startDate, timeZone) : undefined;
  const conditions: (SQL | undefined)[] = [
    ...(await recordListConditions(db, actor, TIME_ACTIONS, timeEntries, filter)),
    from ? (filter.overlapping ? overlapsFrom(from) : gte(timeEntries.startTime, from)) : undefined,
    range.endDate ? lt(timeEntries.startTime, startOfDay(addDays(range.endDate, 1), timeZone)) : undefined,
    filter.task_id !== undefined ? eq(timeEntries.taskId, filter.task_id) : undefined,
    filter.running === undefined ? undefined : filter.running ? isNull(timeEntries.endTime) : isNotNull(timeEntries.endTime),
  ];
  const condition = and(...conditions);
  const result = await paginate(
    page,
    async () => db.$count(timeEntries, condition),
    (limit, offset) =>
      entriesWithUser(db).where(condition).orderBy(desc(timeEntries.startTime), desc(timeEntries.id)).limit(limit).offset(offset),
  );
  return {
    time_entries: result.items.map((r) => toTimeEntryView(r.entry, r.user, r.state)),
    pagination: result.pagination,
  };
}

/** Seconds of the longest entry, at least a day: a partial index holds the entries longer than a day. */
const DAY_SECONDS = 86_400;
const longestEntrySeconds = sql`coalesce((select max(longest.duration_seconds) from ${timeEntries} longest where longest.duration_seconds > ${DAY_SECONDS}), ${DAY_SECONDS})`;

/**
 * Entries still going at `from`: ending after it or running. They started at most the longest
 * entry's length before it (a running timer at any time), which keeps the scan of the
 * (user, start) index short.
 */
function overlapsFrom(from: Date, now = new Date()): SQL {
  const stopped = and(
    gt(timeEntries.endTime, from),
    gte(timeEntries.startTime, sql`${from}::timestamptz - make_interval(secs => ${longestEntrySeconds})`),
  )!;
  return from < now ? or(isNull(timeEntries.endTime), stopped)! : stopped;
}

export async function getTimeEntry(db: Db, actor: Actor, id: number) {
  const { row, user, state } = await loadVisibleEntry(db, actor, id);
  return toTimeEntryView(row, user, state);
}

/**
 * Keys belong to the caller: stored as `<caller id>:<key>`, so one person's key never answers
 * another's request, even when a manager logs time on someone's behalf.
 */
const storedKey = (actor: Actor, key: string) => `${actor.userId ?? 'system'}:${key}`;

async function replayOf(db: Db, actor: Actor, ownerId: number, key: string): Promise<TimeEntryView | null> {
  const [found] = await db
    .select({ id: timeEntries.id })
    .from(timeEntries)
    .where(and(eq(timeEntries.userId, ownerId), eq(timeEntries.idempotencyKey, key)));
  if (!found) return null;
  try {
    return await getTimeEntry(db, actor, found.id);
  } catch (err) {
    // The caller made it but can no longer see it: the key is spent, say so without details.
    if (err instanceof AppError && err.code === 'not_found') throw conflict('This Idempotency-Key was already used');
    throw err;
  }
}

export async function createTimeEntry(
  db: Db,
  actor: Actor,
  input: Static<typeof CreateTimeEntryBody>,
  idempotencyKey?: string,
): Promise<{ entry: TimeEntryView; replayed: boolean }> {
  const ownerId = input.user_id ?? actor.userId;
  if (ownerId === null) throw badRequest('user_id is required when no user is signed in');
  const key = idempotencyKey === undefined ? null : storedKey(actor, idempotencyKey);
  if (key) {
    const replay = await replayOf(db, actor, ownerId, key);
    if (replay) return { entry: replay, replayed: true };
  }

  const errors = new FieldErrors();
  const span = resolveSpan(input, null, errors);
  errors.throwIfAny();

  const own = ownerId === actor.userId;
  const ctx = await requireWritableProject(db, actor, input.project_id, own, TIME_ACTIONS, 'time');
  const owner = own
    ? await requireActiveUser(db, ownerId)
    : await requireRecordOwner(db, ctx.project.id, ownerId, TIME_ACTIONS, 'body.user_id');
  await checkTask(db, actor, ctx, input.task_id);
  try {
    const row = await db.transaction((tx) =>
      insertEntry(tx, actor, 'time_entry.create', {
        userId: ownerId,
        projectId: ctx.project.id,
        taskId: input.task_id ?? null,
        startTime: span!.start,
        endTime: span!.end,
        durationSeconds: span!.durationSeconds,
        billable: input.billable ?? ctx.project.billable,
        notes: input.notes ?? '',
        idempotencyKey: key,
      }),
    );
    return { entry: toTimeEntryView(row, owner, NO_ENTRY_STATE), replayed: false };
  } catch (err) {
    // A concurrent request with the same key won the insert: answer with its entry.
    if (key && isUniqueViolation(err, 'time_entries_idempotency_key')) {
      const replay = await replayOf(db, actor, ownerId, key);
      if (replay) return { entry: replay, replayed: true };
    }
    throw err;
  }
}

type EntryChanges = Static<typeof UpdateTimeEntryBody>;

/** Fields a running entry refuses until it is stopped (notes and task may change). */
function runningChanges(row: TimeEntryRow, input: EntryChanges): string[] {
  const changed: string[] = [];
  if (input.project_id !== undefined && input.project_id !== row.projectId) changed.push('project_id');
  if (input.start_time !== undefined && Math.floor(Date.parse(input.start_time) / 1000) * 1000 !== row.startTime.getTime())
    changed.push('start_time');
  if (input.end_time !== undefined) changed.push('end_time');
  if (input.duration_seconds !== undefined) changed.push('duration_seconds');
  if (input.duration !== undefined) changed.push('duration');
  if (input.billable !== undefined && input.billable !== row.billable) changed.push('billable');
  return changed;
}

/**
 * The task of an entry after a change that may move it to `target`: the given one (visible, of
 * the target project), else the entry's own — which a move must replace (400 on body.task_id:
 * a task of the new project, or null).
 */
export async function taskAfterChange(
  tx: Tx,
  actor: Actor,
  row: TimeEntryRow,
  target: ProjectContext,
  taskId: number | null | undefined,
): Promise<number | null> {
  if (taskId === undefined && row.taskId !== null && target.project.id !== row.projectId) {
    const moved = new FieldErrors();
    moved.add(
      'body.task_id',
      `task ${row.taskId} belongs to project ${row.projectId}; give a task of project ${target.project.id} or null`,
    );
    moved.throwIfAny();
  }
  await checkTask(tx, actor, target, taskId);
  return taskId !== undefined ? taskId : row.taskId;
}

/** Own entry: edit_own_time_entries + log_own_time; someone else's: edit_others_time, or delete_others_time to delete.; the shared ownership rule (`recordRule` in @timekeeper/shared). */
function requireWrite(actor: Actor, entry: VisibleEntry, verb: 'Editing' | 'Deleting'): ProjectContext {
  return requireRecordChange(actor, entry, TIME_ACTIONS, verb === 'Editing' ? 'edit' : 'delete');
}

export async function updateTimeEntry(db: Db, actor: Actor, id: number, input: EntryChanges) {
  return db.transaction(async (tx) => {
    const entry = await loadVisibleEntry(tx, actor, id, true);
    const { row, user, own } = entry;
    const ctx = requireWrite(actor, entry, 'Editing');
    requireActiveProject(ctx);
    // Submitted or approved entries are locked (except for edit_financials); billed ones entirely.
    const live = await assertEntryUnlocked(tx, actor, { id, projectId: row.projectId });
    await assertNotInvoiced(tx, { timeEntryId: id });

    if (row.endTime === null) {
      const refused = runningChanges(row, input);
      if (refused.length > 0)
        throw conflict(`The timer is running on this entry: stop it first to change ${refused.join(', ')}`, { fields: refused });
    }
    // Times are judged only when they change (a stored span is kept as it is).
    const errors = new FieldErrors();
    const resolved = row.endTime === null ? null : resolveSpan(input, { start: row.startTime, end: row.endTime }, errors);
    errors.throwIfAny();
    const span = resolved?.unchanged ? null : resolved;

    // A move needs write rights on both projects: the source above, the target here (visible,
    // the log or edit-others action, active); someone else's entry only goes where they may log.
    const target =
      input.project_id !== undefined && input.project_id !== row.projectId
        ? await requireWritableProject(tx, actor, input.project_id, own, TIME_ACTIONS, 'time')
        : ctx;
    if (target !== ctx && !own) await requireRecordOwner(tx, target.project.id, row.userId, TIME_ACTIONS, 'body.project_id');
    // A pending entry stays locked where it goes: only someone who may change locked entries there moves it.
    if (target !== ctx && live?.status === 'pending' && !allows(actor, target, 'edit_financials')) {
      throw conflict(
        `This time entry awaits approval and is locked; moving it needs the edit_financials level on project ${target.project.id} too`,
        {
          approval_id: live.id,
          approval_status: live.status,
        },
      );
    }
    const taskId = await taskAfterChange(tx, actor, row, target, input.task_id);

    const [after] = await tx
      .update(timeEntries)
      .set({
        projectId: target.project.id,
        taskId,
        ...(span ? { startTime: span.start, endTime: span.end, durationSeconds: span.durationSeconds } : {}),
        ...changedColumns(input, { billable: 'billable', notes: 'notes' }),
        updatedAt: new Date(),
      })
      .where(eq(timeEntries.id, id))
      .returning();
    const { was, now, changed } = await auditEntryChange(tx, actor, row, after!);
    // An approval vouches for the duration, times, project, task and billable flag: changing any withdraws it.
    const vouched = changed.filter((f) => (APPROVED_FIELDS as readonly string[]).includes(f));
    if (live?.status === 'approved' && vouched.length > 0) {
      const pick = (view: typeof was) => Object.fromEntries(vouched.map((f) => [f, view[f]]));
      await withdrawApproval(tx, actor, live, { before: pick(was), after: pick(now) });
    }
    return toTimeEntryView(after!, user, await entryState(tx, id));
  });
}

export async function deleteTimeEntry(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const entry = await loadVisibleEntry(tx, actor, id, true);
    const ctx = requireWrite(actor, entry, 'Deleting');
    requireActiveProject(ctx);
    const live = await assertEntryUnlocked(tx, actor, { id, projectId: entry.row.projectId });
    await assertNotInvoiced(tx, { timeEntryId: id });
    await tx.delete(timeEntries).where(eq(timeEntries.id, id));
    await recordAudit(tx, actor, {
      action: 'time_entry.delete',
      targetType: 'time_entry',
      targetId: id,
      before: { ...entryAuditView(entry.row), ...(live ? { approval_id: live.id, approval_status: live.status } : {}) },
    });
  });
}
