/**
 * Time entries. Visibility and write rules are in record-access.ts; this file holds the data rules:
 *
 * - a new entry is complete (start + end or duration, 1 s … 7 days, years 2000–2100, whole seconds);
 *   running entries come only from the timer;
 * - `Idempotency-Key` makes a POST safe to repeat: the unique (user_id, idempotency_key) index
 *   decides under concurrency, the stored entry is returned instead of a second one;
 * - a running entry changes only its notes and task until it is stopped.
 */
import { assertEntryUnlocked } from '../approvals/approvals.service.js';
import { assertNotInvoiced } from '../invoices/invoices.service.js';
import { and, desc, eq, gte, inArray, isNotNull, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { invoiceLines, timeEntries, timeEntryApprovals, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import type { Tx } from '../../lib/db-types.js';
import { AppError, badRequest, conflict, notFound } from '../../lib/errors.js';
import { paginate, type Page } from '../../lib/pagination.js';
import { projectsAllowing, type ProjectContext } from '../projects/project-access.js';
import {
  canSee,
  checkTask,
  requireActiveProject,
  requireActiveUser,
  requireOnProject,
  requirePermission,
  requireWritableProject,
  TIME_ACTIONS,
  visibleProject,
  type UserRef,
} from './record-access.js';
import { dayRange, FieldErrors, resolveSpan } from './time-input.js';
import { isUniqueViolation } from './unique-violation.js';

export type TimeEntryRow = typeof timeEntries.$inferSelect;

/** Where an entry stands in the money flow: its approval and the invoice billing it. */
export interface EntryState {
  approval_status: 'pending' | 'approved' | 'rejected' | null;
  invoice_id: number | null;
}
/** A new or running entry has neither (only finished entries can be submitted or billed). */
export const NO_ENTRY_STATE: EntryState = { approval_status: null, invoice_id: null };

/**
 * The states of some entries in two indexed lookups: the latest approval that was not cancelled
 * (a rejected entry may be submitted again, so the newest request wins) and the live invoice line.
 */
export async function entryStates(db: Tx, ids: number[]): Promise<Map<number, EntryState>> {
  const out = new Map<number, EntryState>(ids.map((id) => [id, { ...NO_ENTRY_STATE }]));
  if (ids.length === 0) return out;
  const [approvals, lines] = await Promise.all([
    db
      .select({ entryId: timeEntryApprovals.timeEntryId, status: timeEntryApprovals.status })
      .from(timeEntryApprovals)
      .where(and(inArray(timeEntryApprovals.timeEntryId, ids), ne(timeEntryApprovals.status, 'cancelled')))
      .orderBy(timeEntryApprovals.id),
    db.select({ entryId: invoiceLines.timeEntryId, invoiceId: invoiceLines.invoiceId }).from(invoiceLines).where(inArray(invoiceLines.timeEntryId, ids)),
  ]);
  for (const a of approvals) out.get(a.entryId)!.approval_status = a.status as EntryState['approval_status'];
  for (const l of lines) if (l.entryId !== null) out.get(l.entryId)!.invoice_id = l.invoiceId;
  return out;
}

async function entryState(db: Tx, id: number): Promise<EntryState> {
  return (await entryStates(db, [id])).get(id)!;
}

export function toTimeEntryView(row: TimeEntryRow, user: UserRef, state: EntryState) {
  return {
    id: row.id,
    user_id: row.userId,
    user: { id: user.id, name: user.name },
    project_id: row.projectId,
    task_id: row.taskId,
    start_time: row.startTime.toISOString(),
    end_time: row.endTime ? row.endTime.toISOString() : null,
    duration_seconds: row.durationSeconds,
    billable: row.billable,
    notes: row.notes,
    approval_status: state.approval_status,
    invoice_id: state.invoice_id,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
export type TimeEntryView = ReturnType<typeof toTimeEntryView>;

export const entriesWithUser = (db: Tx) =>
  db.select({ entry: timeEntries, user: { id: users.id, name: users.name } }).from(timeEntries).innerJoin(users, eq(users.id, timeEntries.userId));

interface VisibleEntry {
  row: TimeEntryRow;
  user: UserRef;
  ctx: ProjectContext | null;
  own: boolean;
}

/** The entry, if the actor may see it; 404 otherwise (missing and invisible look the same). */
export async function loadVisibleEntry(db: Tx, actor: Actor, id: number): Promise<VisibleEntry> {
  const [found] = await entriesWithUser(db).where(eq(timeEntries.id, id));
  if (!found) throw notFound('Time entry');
  const ctx = await visibleProject(db, actor, found.entry.projectId);
  if (!canSee(actor, found.entry.userId, ctx, TIME_ACTIONS)) throw notFound('Time entry');
  return { row: found.entry, user: found.user, ctx, own: found.entry.userId === actor.userId };
}

export interface TimeEntryFilter {
  start_date?: string;
  end_date?: string;
  project_id?: number;
  user_id?: number;
  task_id?: number;
  billable?: boolean;
  running?: boolean;
}

export async function listTimeEntries(db: Db, actor: Actor, filter: TimeEntryFilter, page: Page) {
  const range = dayRange(filter.start_date, filter.end_date);
  const team = await projectsAllowing(db, actor, TIME_ACTIONS.viewTeam);
  const own = actor.userId === null ? sql`false` : eq(timeEntries.userId, actor.userId);
  const visibility = team === 'all' ? undefined : team.length > 0 ? or(own, inArray(timeEntries.projectId, team)) : own;
  const conditions: (SQL | undefined)[] = [
    visibility,
    range.from ? gte(timeEntries.startTime, range.from) : undefined,
    range.until ? lt(timeEntries.startTime, range.until) : undefined,
    filter.project_id !== undefined ? eq(timeEntries.projectId, filter.project_id) : undefined,
    filter.user_id !== undefined ? eq(timeEntries.userId, filter.user_id) : undefined,
    filter.task_id !== undefined ? eq(timeEntries.taskId, filter.task_id) : undefined,
    filter.billable !== undefined ? eq(timeEntries.billable, filter.billable) : undefined,
    filter.running === undefined ? undefined : filter.running ? isNull(timeEntries.endTime) : isNotNull(timeEntries.endTime),
  ];
  const condition = and(...conditions);
  const result = await paginate(
    page,
    async () => db.$count(timeEntries, condition),
    (limit, offset) => entriesWithUser(db).where(condition).orderBy(desc(timeEntries.startTime), desc(timeEntries.id)).limit(limit).offset(offset),
  );
  const states = await entryStates(db, result.items.map((r) => r.entry.id));
  return { time_entries: result.items.map((r) => toTimeEntryView(r.entry, r.user, states.get(r.entry.id)!)), pagination: result.pagination };
}

export async function getTimeEntry(db: Db, actor: Actor, id: number) {
  const { row, user } = await loadVisibleEntry(db, actor, id);
  return toTimeEntryView(row, user, await entryState(db, id));
}

export interface CreateTimeEntryInput {
  project_id: number;
  task_id?: number | null;
  start_time: string;
  end_time?: string;
  duration_seconds?: number;
  billable?: boolean;
  notes?: string;
  user_id?: number;
}

/**
 * Keys belong to the caller: stored as `<caller id>:<key>`, so one person's key never answers
 * another's request, even when a manager logs time on someone's behalf.
 */
const storedKey = (actor: Actor, key: string) => `${actor.userId ?? 'system'}:${key}`;

async function replayOf(db: Db, actor: Actor, ownerId: number, key: string): Promise<TimeEntryView | null> {
  const [found] = await db.select({ id: timeEntries.id }).from(timeEntries).where(and(eq(timeEntries.userId, ownerId), eq(timeEntries.idempotencyKey, key)));
  if (!found) return null;
  try {
    return await getTimeEntry(db, actor, found.id);
  } catch (err) {
    // The caller made it but can no longer see it: the key is spent, say so without details.
    if (err instanceof AppError && err.code === 'not_found') throw conflict('This Idempotency-Key was already used');
    throw err;
  }
}

export async function createTimeEntry(db: Db, actor: Actor, input: CreateTimeEntryInput, idempotencyKey?: string): Promise<{ entry: TimeEntryView; replayed: boolean }> {
  const ownerId = input.user_id ?? actor.userId;
  if (ownerId === null) throw badRequest('user_id is required when no user is signed in');
  const key = idempotencyKey === undefined ? null : storedKey(actor, idempotencyKey);
  if (key) {
    const replay = await replayOf(db, actor, ownerId, key);
    if (replay) return { entry: replay, replayed: true };
  }

  const errors = new FieldErrors();
  const span = resolveSpan({ start: input.start_time, end: input.end_time, duration: input.duration_seconds }, null, errors);
  errors.throwIfAny();

  const own = ownerId === actor.userId;
  const ctx = await requireWritableProject(db, actor, input.project_id, own, TIME_ACTIONS, 'time');
  const owner = await requireActiveUser(db, ownerId);
  await checkTask(db, actor, ctx, input.task_id);
  try {
    const [row] = await db
      .insert(timeEntries)
      .values({
        userId: ownerId,
        projectId: ctx.project.id,
        taskId: input.task_id ?? null,
        startTime: span!.start,
        endTime: span!.end,
        durationSeconds: span!.durationSeconds,
        billable: input.billable ?? ctx.project.billable,
        notes: input.notes ?? '',
        idempotencyKey: key,
      })
      .returning();
    return { entry: toTimeEntryView(row!, owner, NO_ENTRY_STATE), replayed: false };
  } catch (err) {
    // A concurrent request with the same key won the insert: answer with its entry.
    if (key && isUniqueViolation(err, 'time_entries_idempotency_key')) {
      const replay = await replayOf(db, actor, ownerId, key);
      if (replay) return { entry: replay, replayed: true };
    }
    throw err;
  }
}

export interface UpdateTimeEntryInput {
  project_id?: number;
  task_id?: number | null;
  start_time?: string;
  end_time?: string;
  duration_seconds?: number;
  billable?: boolean;
  notes?: string;
}

/** Fields a running entry refuses until it is stopped (notes and task may change). */
function runningChanges(row: TimeEntryRow, input: UpdateTimeEntryInput): string[] {
  const changed: string[] = [];
  if (input.project_id !== undefined && input.project_id !== row.projectId) changed.push('project_id');
  if (input.start_time !== undefined && Math.floor(Date.parse(input.start_time) / 1000) * 1000 !== row.startTime.getTime()) changed.push('start_time');
  if (input.end_time !== undefined) changed.push('end_time');
  if (input.duration_seconds !== undefined) changed.push('duration_seconds');
  if (input.billable !== undefined && input.billable !== row.billable) changed.push('billable');
  return changed;
}

/** Own entry: edit_own_time_entries + log_own_time; someone else's: edit_others_time. */
function requireWrite(actor: Actor, entry: VisibleEntry, verb: 'Editing' | 'Deleting'): ProjectContext {
  const { row, ctx, own } = entry;
  if (own) {
    requirePermission(actor, verb === 'Editing' ? 'edit_own_time_entries' : 'delete_own_time_entries', `${verb} your time entries`);
    requireOnProject(actor, ctx, row.projectId, TIME_ACTIONS.logOwn, `${verb} your time on this project`);
    return ctx;
  }
  // Visible entries of others always come with their project context.
  if (verb === 'Deleting' && actor.account.permissions.has('delete_all_time_entries')) return ctx!;
  requireOnProject(actor, ctx, row.projectId, TIME_ACTIONS.editOthers, `${verb} someone else's time`);
  return ctx;
}

export async function updateTimeEntry(db: Db, actor: Actor, id: number, input: UpdateTimeEntryInput) {
  return db.transaction(async (tx) => {
    const entry = await loadVisibleEntry(tx, actor, id);
    const { row, user, own } = entry;
    const ctx = requireWrite(actor, entry, 'Editing');
    requireActiveProject(ctx);
    // Submitted or approved entries are locked (except for edit_financials); billed ones entirely.
    await assertEntryUnlocked(tx, actor, { id, projectId: row.projectId });
    await assertNotInvoiced(tx, { timeEntryId: id });

    if (row.endTime === null) {
      const refused = runningChanges(row, input);
      if (refused.length > 0) throw conflict(`The timer is running on this entry: stop it first to change ${refused.join(', ')}`, { fields: refused });
    }
    const errors = new FieldErrors();
    const span = row.endTime === null ? null : resolveSpan({ start: input.start_time, end: input.end_time, duration: input.duration_seconds }, { start: row.startTime, end: row.endTime }, errors);
    errors.throwIfAny();

    const target = input.project_id !== undefined && input.project_id !== row.projectId ? await requireWritableProject(tx, actor, input.project_id, own, TIME_ACTIONS, 'time') : ctx;
    const taskId = input.task_id !== undefined ? input.task_id : row.taskId;
    if (target !== ctx && input.task_id === undefined && taskId !== null) {
      const moved = new FieldErrors();
      moved.add('body.task_id', `task ${taskId} belongs to project ${row.projectId}; give a task of project ${target.project.id} or null`);
      moved.throwIfAny();
    }
    await checkTask(tx, actor, target, input.task_id);

    const [after] = await tx
      .update(timeEntries)
      .set({
        projectId: target.project.id,
        taskId,
        ...(span ? { startTime: span.start, endTime: span.end, durationSeconds: span.durationSeconds } : {}),
        ...(input.billable !== undefined ? { billable: input.billable } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        updatedAt: new Date(),
      })
      .where(eq(timeEntries.id, id))
      .returning();
    return toTimeEntryView(after!, user, await entryState(tx, id));
  });
}

export async function deleteTimeEntry(db: Db, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const entry = await loadVisibleEntry(tx, actor, id);
    const ctx = requireWrite(actor, entry, 'Deleting');
    requireActiveProject(ctx);
    await assertEntryUnlocked(tx, actor, { id, projectId: entry.row.projectId });
    await assertNotInvoiced(tx, { timeEntryId: id });
    await tx.delete(timeEntries).where(eq(timeEntries.id, id));
  });
}
