/**
 * The weekly timesheet (docs/api/timesheet.md): the caller's own finished time entries of one week,
 * summed per project, task and day. Days are the caller's (lib/caller-calendar.ts: their time zone,
 * the week from their week_start); a day holds the entries that start on it.
 *
 * Writing a week sets each cell's total through the cell's manual entries, with the rules of
 * time entries (time-entries.service.ts, record-access.ts):
 *
 * - entries the timesheet never changes — submitted or approved (the approval lock), invoiced, or
 *   recorded by the timer (`from_timer`; running entries are not in the grid at all) — are
 *   "fixed": a cell may grow past them, never drop below them (409 naming the cell, and nothing
 *   of the request is written: one transaction);
 * - a cell grows by lengthening its latest manual entry, or, having none, by a new manual entry
 *   that starts at the day's first instant in the caller's zone (its clock times are nominal: the
 *   timesheet records durations); it shrinks from its latest manual entry backwards, shortening
 *   one and deleting those that no longer fit;
 * - an entry may not end in the future (time that has not passed is tracked with the timer), 400;
 * - a row whose cells all keep their totals writes nothing and is not checked; a changed row needs
 *   what a time entry needs on its project (visible 404, log_own_time 403, active 409), the task
 *   must be of that project, and changing or deleting an entry needs edit_own_time_entries or
 *   delete_own_time_entries (the shared record rule, `requireRecordChange`);
 * - every create, change and delete is audited as a time-entry write (`time_entry.*`).
 */
import { addDays, dayOf, startOfDay, today, type CalendarDate } from '@timekeeper/shared';
import { and, eq, gte, isNotNull, lt } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { projects, tasks, timeEntries } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import { callerCalendar, callerWeek, type CallerCalendar } from '../../lib/caller-calendar.js';
import type { Tx } from '../../lib/db-types.js';
import { badRequest, conflict } from '../../lib/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { allows, type ProjectContext } from '../projects/project-access.js';
import { CLOCK_LEEWAY_SECONDS } from '../time-entries/entry-span.js';
import { checkTask, requireRecordChange, requireWritableProject, TIME_ACTIONS, visibleProject } from '../time-entries/record-access.js';
import { auditEntryChange, entryAuditView, entryStates, insertEntry, type TimeEntryRow } from '../time-entries/time-entries.service.js';
import { checkCalendarDate, FieldErrors } from '../time-entries/time-input.js';
import type { CopyPreviousWeekBody, PutTimesheetBody, Timesheet } from './timesheet.schemas.js';

type TimesheetView = Static<typeof Timesheet>;
type NamedRef = { id: number; name: string };

/** One week of the caller's calendar: its seven dates and the instants they cover. */
interface WeekFrame {
  calendar: CallerCalendar;
  days: CalendarDate[];
  start: Date;
  end: Date;
}

function frameOf(calendar: CallerCalendar, date: CalendarDate): WeekFrame {
  return { calendar, ...callerWeek(calendar, date) };
}

/** The week holding `week` (a real date, 400 on `path`), or today's week in the caller's zone. */
async function weekFrame(db: Tx, actor: Actor, week: string | undefined, path: string): Promise<WeekFrame> {
  if (week !== undefined) {
    const errors = new FieldErrors();
    checkCalendarDate(week, path, errors);
    errors.throwIfAny();
  }
  const calendar = await callerCalendar(db, actor);
  return frameOf(calendar, week ?? today(calendar.timeZone));
}

function signedIn(actor: Actor): number {
  if (actor.userId === null) throw badRequest('A timesheet belongs to a signed-in user');
  return actor.userId;
}

interface WeekEntry {
  entry: TimeEntryRow;
  project: NamedRef;
  task: NamedRef | null;
}

/** The user's finished entries starting in the week, oldest first; `lock` holds them for the transaction. */
async function weekEntries(db: Tx, userId: number, frame: WeekFrame, lock = false): Promise<WeekEntry[]> {
  const query = db
    .select({ entry: timeEntries, project: { id: projects.id, name: projects.name }, task: { id: tasks.id, name: tasks.name } })
    .from(timeEntries)
    .innerJoin(projects, eq(projects.id, timeEntries.projectId))
    .leftJoin(tasks, eq(tasks.id, timeEntries.taskId))
    .where(
      and(
        eq(timeEntries.userId, userId),
        isNotNull(timeEntries.endTime),
        gte(timeEntries.startTime, frame.start),
        lt(timeEntries.startTime, frame.end),
      ),
    )
    .orderBy(timeEntries.startTime, timeEntries.id);
  return lock ? await query.for('update', { of: timeEntries }) : await query;
}

/**
 * The entries the timesheet never changes: recorded by the timer, submitted or approved, or
 * invoiced (the states of `entryStates`, as the time-entry lock decides).
 */
async function fixedEntries(db: Tx, entries: readonly { entry: TimeEntryRow }[]): Promise<Set<number>> {
  if (entries.length === 0) return new Set();
  const states = await entryStates(
    db,
    entries.map((e) => e.entry.id),
  );
  const fixed = new Set(entries.filter((e) => e.entry.fromTimer).map((e) => e.entry.id));
  for (const [id, state] of states)
    if (state.approval_status === 'pending' || state.approval_status === 'approved' || state.invoice_id !== null) fixed.add(id);
  return fixed;
}

const rowKey = (projectId: number, taskId: number | null) => `${projectId}:${taskId ?? '-'}`;
const seconds = (entries: readonly TimeEntryRow[]) => entries.reduce((sum, e) => sum + (e.durationSeconds ?? 0), 0);

interface GridRow {
  project: NamedRef;
  task: NamedRef | null;
  cells: TimeEntryRow[][];
}

/** The entries of the week grouped by project, task and day (the day an entry starts on, in the caller's zone). */
function groupRows(frame: WeekFrame, entries: readonly WeekEntry[]): Map<string, GridRow> {
  const rows = new Map<string, GridRow>();
  for (const { entry, project, task } of entries) {
    const key = rowKey(entry.projectId, entry.taskId);
    let row = rows.get(key);
    if (!row) {
      row = { project, task, cells: frame.days.map(() => []) };
      rows.set(key, row);
    }
    row.cells[frame.days.indexOf(dayOf(entry.startTime, frame.calendar.timeZone))]!.push(entry);
  }
  return rows;
}

const byName = (a: GridRow, b: GridRow) =>
  a.project.name.localeCompare(b.project.name) ||
  a.project.id - b.project.id ||
  (a.task?.name ?? '').localeCompare(b.task?.name ?? '') ||
  (a.task?.id ?? 0) - (b.task?.id ?? 0);

function toTimesheetView(frame: WeekFrame, rows: Iterable<GridRow>, fixed: ReadonlySet<number>): TimesheetView {
  const totals = frame.days.map(() => 0);
  const view = [...rows].sort(byName).map((row) => ({
    project: row.project,
    task: row.task,
    days: row.cells.map((cell, d) => {
      totals[d]! += seconds(cell);
      return { date: frame.days[d]!, seconds: seconds(cell), entry_ids: cell.map((e) => e.id), locked: cell.some((e) => fixed.has(e.id)) };
    }),
  }));
  return {
    week_start: frame.days[0]!,
    days: frame.days,
    rows: view,
    totals: { days: totals, week: totals.reduce((a, b) => a + b, 0) },
  } satisfies TimesheetView;
}

async function weekView(db: Tx, userId: number, frame: WeekFrame, extra: readonly Omit<GridRow, 'cells'>[] = []): Promise<TimesheetView> {
  const entries = await weekEntries(db, userId, frame);
  const rows = groupRows(frame, entries);
  for (const row of extra) {
    const key = rowKey(row.project.id, row.task?.id ?? null);
    if (!rows.has(key)) rows.set(key, { ...row, cells: frame.days.map(() => []) });
  }
  return toTimesheetView(frame, rows.values(), await fixedEntries(db, entries));
}

export async function getTimesheet(db: Db, actor: Actor, week: string | undefined): Promise<TimesheetView> {
  const userId = signedIn(actor);
  return weekView(db, userId, await weekFrame(db, actor, week, 'querystring.week'));
}

/** What writing one cell takes. */
type CellPlan =
  | { kind: 'keep' }
  | { kind: 'refused'; minimum: number; fixedIds: number[] }
  | { kind: 'create'; seconds: number }
  | { kind: 'change'; resize: { entry: TimeEntryRow; seconds: number }[]; remove: TimeEntryRow[] };

/** How a cell holding `entries` (oldest first) reaches `target` seconds through its manual entries. */
function planCell(entries: readonly TimeEntryRow[], fixed: ReadonlySet<number>, target: number): CellPlan {
  const current = seconds(entries);
  if (target === current) return { kind: 'keep' };
  const locked = entries.filter((e) => fixed.has(e.id));
  const manual = entries.filter((e) => !fixed.has(e.id));
  const minimum = seconds(locked);
  if (target < minimum) return { kind: 'refused', minimum, fixedIds: locked.map((e) => e.id) };
  const last = manual.at(-1);
  if (target > current)
    return last
      ? { kind: 'change', resize: [{ entry: last, seconds: last.durationSeconds! + target - current }], remove: [] }
      : { kind: 'create', seconds: target - minimum };
  // Shrink from the latest manual entry backwards.
  let excess = current - target;
  const plan: Extract<CellPlan, { kind: 'change' }> = { kind: 'change', resize: [], remove: [] };
  for (const entry of [...manual].reverse()) {
    if (excess === 0) break;
    const length = entry.durationSeconds!;
    if (length > excess) {
      plan.resize.push({ entry, seconds: length - excess });
      excess = 0;
    } else {
      plan.remove.push(entry);
      excess -= length;
    }
  }
  return plan;
}

type PutInput = Static<typeof PutTimesheetBody>;

/** Each row once: a project and task given twice is a 400 on the second. */
function checkRows(input: PutInput): void {
  const errors = new FieldErrors();
  const seen = new Map<string, number>();
  input.rows.forEach((row, i) => {
    const key = rowKey(row.project_id, row.task_id ?? null);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else errors.add(`body.rows.${i}`, `repeats the project and task of row ${first}`);
  });
  errors.throwIfAny();
}

/** An entry written by the timesheet may not end in the future: 400 on the cell. */
function checkEnd(start: Date, length: number, path: string, now: Date): Date {
  const end = new Date(start.getTime() + length * 1000);
  if (end.getTime() > now.getTime() + CLOCK_LEEWAY_SECONDS * 1000) {
    const errors = new FieldErrors();
    errors.add(path, `would end in the future (${end.toISOString()}): track time that has not passed yet with the timer`);
    errors.throwIfAny();
  }
  return end;
}

async function applyPlan(
  tx: Tx,
  actor: Actor,
  ctx: ProjectContext,
  cell: { date: CalendarDate; taskId: number | null; path: string; timeZone: string },
  plan: CellPlan,
  now: Date,
): Promise<void> {
  const userId = actor.userId!;
  if (plan.kind === 'create') {
    const start = startOfDay(cell.date, cell.timeZone);
    await insertEntry(tx, actor, 'time_entry.create', {
      userId,
      projectId: ctx.project.id,
      taskId: cell.taskId,
      startTime: start,
      endTime: checkEnd(start, plan.seconds, cell.path, now),
      durationSeconds: plan.seconds,
      billable: ctx.project.billable,
      notes: '',
    });
    return;
  }
  if (plan.kind !== 'change') return;
  for (const { entry, seconds: length } of plan.resize) {
    requireRecordChange(actor, { own: true, ctx, row: entry }, TIME_ACTIONS, 'edit');
    const [after] = await tx
      .update(timeEntries)
      .set({ endTime: checkEnd(entry.startTime, length, cell.path, now), durationSeconds: length, updatedAt: now })
      .where(eq(timeEntries.id, entry.id))
      .returning();
    await auditEntryChange(tx, actor, entry, after!);
  }
  for (const entry of plan.remove) {
    requireRecordChange(actor, { own: true, ctx, row: entry }, TIME_ACTIONS, 'delete');
    await tx.delete(timeEntries).where(eq(timeEntries.id, entry.id));
    await recordAudit(tx, actor, {
      action: 'time_entry.delete',
      targetType: 'time_entry',
      targetId: entry.id,
      before: entryAuditView(entry),
    });
  }
}

/** Sets the totals of the given rows' cells (docs/api/timesheet.md#put-timesheet); answers the week. */
export async function putTimesheet(db: Db, actor: Actor, input: PutInput): Promise<TimesheetView> {
  const userId = signedIn(actor);
  checkRows(input);
  const frame = await weekFrame(db, actor, input.week, 'body.week');
  const now = new Date();
  await db.transaction(async (tx) => {
    const entries = await weekEntries(tx, userId, frame, true);
    const fixed = await fixedEntries(tx, entries);
    const grid = groupRows(frame, entries);
    for (const [i, row] of input.rows.entries()) {
      const taskId = row.task_id ?? null;
      const cells = grid.get(rowKey(row.project_id, taskId))?.cells ?? frame.days.map(() => []);
      const plans = row.days.map((target, d) => planCell(cells[d]!, fixed, target));
      if (plans.every((p) => p.kind === 'keep')) continue;
      const ctx = await requireWritableProject(tx, actor, row.project_id, true, TIME_ACTIONS, 'time');
      await checkTask(tx, actor, ctx, taskId, `body.rows.${i}.task_id`);
      for (const [d, plan] of plans.entries()) {
        if (plan.kind !== 'refused') continue;
        const date = frame.days[d]!;
        throw conflict(
          `The cell of ${date}, project ${row.project_id}${taskId === null ? '' : `, task ${taskId}`} holds entries the timesheet does not change (submitted, approved, invoiced or from the timer): it can be set to ${plan.minimum} seconds or more`,
          { cell: { date, project_id: row.project_id, task_id: taskId }, minimum_seconds: plan.minimum, time_entry_ids: plan.fixedIds },
        );
      }
      for (const [d, plan] of plans.entries())
        await applyPlan(
          tx,
          actor,
          ctx,
          { date: frame.days[d]!, taskId, path: `body.rows.${i}.days.${d}`, timeZone: frame.calendar.timeZone },
          plan,
          now,
        );
    }
  });
  return weekView(db, userId, frame);
}

/**
 * The week with the previous week's rows added as empty ones (docs/api/timesheet.md): the project
 * and task pairs, no hours, and only where the caller may still log time (a visible, active project
 * allowing log_own_time). Nothing is stored: the rows stay until the week is written with PUT.
 */
export async function copyPreviousWeek(db: Db, actor: Actor, input: Static<typeof CopyPreviousWeekBody>): Promise<TimesheetView> {
  const userId = signedIn(actor);
  const frame = await weekFrame(db, actor, input.week, 'body.week');
  const last = frameOf(frame.calendar, addDays(frame.days[0]!, -7));
  const previous = groupRows(last, await weekEntries(db, userId, last));
  const usable: Omit<GridRow, 'cells'>[] = [];
  const projectsSeen = new Map<number, boolean>();
  for (const row of previous.values()) {
    let may = projectsSeen.get(row.project.id);
    if (may === undefined) {
      const ctx = await visibleProject(db, actor, row.project.id);
      may = ctx !== null && ctx.project.status === 'active' && allows(actor, ctx, 'log_own_time');
      projectsSeen.set(row.project.id, may);
    }
    if (may) usable.push({ project: row.project, task: row.task });
  }
  return weekView(db, userId, frame, usable);
}
