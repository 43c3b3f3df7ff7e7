/**
 * The timer is the caller's running time entry (end_time null). The partial unique index
 * `time_entries_one_running_per_user` is what guarantees one per user: the check before the
 * insert only gives a friendlier answer, the index decides races and its violation becomes the
 * same 409. A start and a stop are audited in their transaction (`timer.start`, `timer.stop`,
 * target the time entry; docs/api/audit-logs.md).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { timeEntries } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import type { Tx } from '../../lib/db-types.js';
import { badRequest, conflict } from '../../lib/errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { checkTask, requireActiveUser, requireWritableProject, TIME_ACTIONS } from '../time-entries/record-access.js';
import { entriesWithUser, insertEntry, NO_ENTRY_STATE, toTimeEntryView } from '../time-entries/time-entries.service.js';
import { toWholeSecond } from '../time-entries/time-input.js';
import type { StartTimerBody, StopTimerBody, TimerStatus } from './timer.schemas.js';

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
        startTime: toWholeSecond(now),
        endTime: null,
        durationSeconds: null,
        billable: input.billable ?? ctx.project.billable,
        notes: input.notes ?? '',
      }),
    );
    return toTimeEntryView(row, owner, NO_ENTRY_STATE);
  } catch (err) {
    if (isUniqueViolation(err, 'time_entries_one_running_per_user')) throw alreadyRunning((await runningEntry(db, userId))?.entry.id);
    throw err;
  }
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
