/**
 * The timer is the caller's running time entry (end_time null). The partial unique index
 * `time_entries_one_running_per_user` is what guarantees one per user: the check before the
 * insert only gives a friendlier answer, the index decides races and its violation becomes the
 * same 409. A start and a stop are audited in their transaction (`timer.start`, `timer.stop`,
 * target the time entry; docs/api/audit-logs.md); an edit of the running entry is a
 * `time_entry.update`.
 *
 * A timer may start a little earlier than the request (the click time, `start_time`): at most
 * 12 hours ago, never in the future. Editing it (`PATCH /timer`) needs the right to log time on
 * its project, and on the new one to move it there — the same rights as starting on them.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { timeEntries } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import type { Tx } from '../../lib/db-types.js';
import { badRequest, conflict, notFound } from '../../lib/errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { CLOCK_LEEWAY_SECONDS } from '../time-entries/entry-span.js';
import {
  checkTask,
  requireActiveProject,
  requireActiveUser,
  requireOnProject,
  requireWritableProject,
  TIME_ACTIONS,
  visibleProject,
} from '../time-entries/record-access.js';
import {
  auditEntryChange,
  entriesWithUser,
  insertEntry,
  loadVisibleEntry,
  NO_ENTRY_STATE,
  taskAfterChange,
  toTimeEntryView,
} from '../time-entries/time-entries.service.js';
import { FieldErrors, parseInstant, toWholeSecond } from '../time-entries/time-input.js';
import type { StartTimerBody, StopTimerBody, TimerStatus, UpdateTimerBody } from './timer.schemas.js';

/** How long ago a timer may have started: 12 hours (earlier work is logged as a time entry). */
export const MAX_TIMER_BACKDATE_SECONDS = 12 * 3600;

function userOf(actor: Actor): number {
  if (actor.userId === null) throw badRequest('The timer belongs to a signed-in user');
  return actor.userId;
}

const runningOf = (userId: number) => and(eq(timeEntries.userId, userId), isNull(timeEntries.endTime));

async function runningEntry(db: Tx, userId: number) {
  const [found] = await entriesWithUser(db).where(runningOf(userId));
  return found ?? null;
}

function alreadyRunning(timeEntryId: number | undefined) {
  return conflict(
    'A timer is already running: stop it before starting another',
    timeEntryId === undefined ? {} : { time_entry_id: timeEntryId },
  );
}

/**
 * The start of a timer: now, or the click time given as `start_time` (whole seconds). More than
 * 12 hours ago, or in the future, is a 400; a click a few seconds ahead of the server's clock (a
 * client's clock running ahead) starts now.
 */
function timerStart(text: string | undefined, now: Date): Date {
  const current = toWholeSecond(now);
  if (text === undefined) return current;
  const errors = new FieldErrors();
  const start = parseInstant(text, 'body.start_time', errors);
  if (start && start.getTime() > now.getTime() + CLOCK_LEEWAY_SECONDS * 1000)
    errors.add('body.start_time', 'is in the future: a timer starts now at the latest');
  else if (start && start.getTime() < current.getTime() - MAX_TIMER_BACKDATE_SECONDS * 1000)
    errors.add('body.start_time', 'is more than 12 hours ago: log earlier work as a time entry instead');
  errors.throwIfAny();
  return start!.getTime() > current.getTime() ? current : start!;
}

const noTimer = () => notFound('Running timer');

export async function timerStatus(db: Db, actor: Actor, now = new Date()): Promise<Static<typeof TimerStatus>> {
  const found = await runningEntry(db, userOf(actor));
  if (!found) return { running: false, time_entry: null, elapsed_seconds: null };
  return {
    running: true,
    time_entry: toTimeEntryView(found.entry, found.user, NO_ENTRY_STATE),
    elapsed_seconds: Math.max(0, Math.floor((now.getTime() - found.entry.startTime.getTime()) / 1000)),
  };
}

export async function startTimer(db: Db, actor: Actor, input: Static<typeof StartTimerBody>, now = new Date()) {
  const userId = userOf(actor);
  const startTime = timerStart(input.start_time, now);
  const ctx = await requireWritableProject(db, actor, input.project_id, true, TIME_ACTIONS, 'time');
  await checkTask(db, actor, ctx, input.task_id);
  const owner = await requireActiveUser(db, userId);
  const running = await runningEntry(db, userId);
  if (running) throw alreadyRunning(running.entry.id);
  try {
    const row = await db.transaction((tx) =>
      insertEntry(tx, actor, 'timer.start', {
        userId,
        projectId: ctx.project.id,
        taskId: input.task_id ?? null,
        startTime,
        endTime: null,
        durationSeconds: null,
        billable: input.billable ?? ctx.project.billable,
        notes: input.notes ?? '',
        fromTimer: true,
      }),
    );
    return toTimeEntryView(row, owner, NO_ENTRY_STATE);
  } catch (err) {
    if (isUniqueViolation(err, 'time_entries_one_running_per_user')) throw alreadyRunning((await runningEntry(db, userId))?.entry.id);
    throw err;
  }
}

/**
 * Changes the running entry: its notes, project, task or start (PATCH /timer; 404 when no timer
 * runs). The caller needs the right to log time on its project, and on the project it moves to
 * (visible, active); a task of the old project must be replaced, as for PUT /time-entries/{id}.
 */
export async function updateTimer(db: Db, actor: Actor, input: Static<typeof UpdateTimerBody>, now = new Date()) {
  const userId = userOf(actor);
  const startTime = input.start_time === undefined ? undefined : timerStart(input.start_time, now);
  return db.transaction(async (tx) => {
    const [found] = await entriesWithUser(tx).where(runningOf(userId)).for('update', { of: timeEntries });
    if (!found) throw noTimer();
    const { entry: row, user } = found;
    const ctx = await visibleProject(tx, actor, row.projectId);
    requireOnProject(actor, ctx, row.projectId, 'log_own_time', 'Changing your timer on this project');
    requireActiveProject(ctx);
    const target =
      input.project_id !== undefined && input.project_id !== row.projectId
        ? await requireWritableProject(tx, actor, input.project_id, true, TIME_ACTIONS, 'time')
        : ctx;
    const taskId = await taskAfterChange(tx, actor, row, target, input.task_id);
    const [after] = await tx
      .update(timeEntries)
      .set({
        projectId: target.project.id,
        taskId,
        ...(startTime ? { startTime } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(timeEntries.id, row.id), isNull(timeEntries.endTime)))
      .returning();
    if (!after) throw noTimer();
    await auditEntryChange(tx, actor, row, after);
    return toTimeEntryView(after, user, NO_ENTRY_STATE);
  });
}

/**
 * Starts the caller's timer like an entry they can see (POST /time-entries/{id}/continue): its
 * project, task, notes and billable flag, with the rules and answers of a start (the right to log
 * time on the project, 409 while a timer runs). An entry the caller cannot see is 404.
 */
export async function continueEntry(db: Db, actor: Actor, id: number, now = new Date()) {
  userOf(actor);
  const { row } = await loadVisibleEntry(db, actor, id);
  return startTimer(db, actor, { project_id: row.projectId, task_id: row.taskId, notes: row.notes, billable: row.billable }, now);
}

/**
 * Ends the running entry now, in whole seconds from its start (at least 1 s, which the table's
 * end > start check needs). The update is conditional on the entry still running, so two
 * concurrent stops end it once and the other gets 409.
 */
export async function stopTimer(db: Db, actor: Actor, input: Static<typeof StopTimerBody>, now = new Date()) {
  const userId = userOf(actor);
  const found = await runningEntry(db, userId);
  if (!found) throw conflict('No timer is running');
  const durationSeconds = Math.max(1, Math.floor((toWholeSecond(now).getTime() - found.entry.startTime.getTime()) / 1000));
  const endTime = new Date(found.entry.startTime.getTime() + durationSeconds * 1000);
  const row = await db.transaction(async (tx) => {
    const [stopped] = await tx
      .update(timeEntries)
      .set({ endTime, durationSeconds, ...(input.notes !== undefined ? { notes: input.notes } : {}), updatedAt: new Date() })
      .where(and(eq(timeEntries.id, found.entry.id), isNull(timeEntries.endTime)))
      .returning();
    if (!stopped) throw conflict('No timer is running');
    const notes =
      stopped.notes !== found.entry.notes
        ? { before: { notes: found.entry.notes }, after: { notes: stopped.notes } }
        : { before: {}, after: {} };
    await recordAudit(tx, actor, {
      action: 'timer.stop',
      targetType: 'time_entry',
      targetId: stopped.id,
      before: { project_id: stopped.projectId, end_time: null, duration_seconds: null, ...notes.before },
      after: {
        project_id: stopped.projectId,
        end_time: stopped.endTime!.toISOString(),
        duration_seconds: stopped.durationSeconds,
        ...notes.after,
      },
    });
    return stopped;
  });
  return toTimeEntryView(row, found.user, NO_ENTRY_STATE);
}
