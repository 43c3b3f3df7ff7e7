/**
 * The everyday tracker's API (docs/api/time-entries.md) against PGlite and PostgreSQL:
 *
 * - D5: `PATCH /timer` edits the running timer (notes kept to the stop, task, project, start) with
 *   the rights a start needs; `start_time` on a start or an edit is the click time, at most 12 hours
 *   ago and never in the future;
 * - continue: `POST /time-entries/{id}/continue` starts the timer like an entry the caller sees;
 * - D6: time-entry writes take a typed `duration` ("1h30", read by the shared parseDuration); a
 *   length alone makes an entry that ends now; no entry ends in the future;
 * - D3: a change of notes alone never judges the stored times again (a 20-second entry keeps them).
 */
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { timeEntries } from '../src/db/schema/index.js';
import { describeEachDb } from './helpers/app.js';
import { type Client, userWith } from './helpers/client.js';
import {
  addMember,
  createProject,
  createTask,
  expectInvalid,
  expectStatus,
  join,
  logTime,
  tokenClient,
  useTestApp,
  useUser,
} from './helpers/fixtures.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** The instant `ms` from now, to the whole second, as the API writes it. */
const fromNow = (ms: number) => new Date(Math.floor((Date.now() + ms) / SECOND) * SECOND).toISOString();

describeEachDb('timer edits and durations', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']);
  const admin = useUser(t, ['super_admin']); // reads the audit log
  let project: number;
  beforeAll(async () => {
    project = await createProject(manager, { billable: false });
  });

  const logger = () => addMember(manager, project, 'edit_time_and_expenses');
  const start = async (client: Client, body: Record<string, unknown> = {}) =>
    expectStatus(await client.post('/api/v1/timer/start', { project_id: project, ...body }));

  // --- D5: PATCH /timer and start_time -------------------------------------------------------

  it('D5 PATCH /timer edits the running timer: notes typed while it runs are kept by the stop, task and start change', async () => {
    const member = await logger();
    const task = await createTask(manager, project);
    const running = await start(member);

    const noted = expectStatus(await member.patch('/api/v1/timer', { notes: 'Typed while it runs' }), 200);
    expect(noted).toMatchObject({ id: running.id, notes: 'Typed while it runs', end_time: null, start_time: running.start_time });
    const tasked = expectStatus(await member.patch('/api/v1/timer', { task_id: task.id }), 200);
    expect(tasked).toMatchObject({ task_id: task.id, notes: 'Typed while it runs' });
    const earlier = fromNow(-30 * MINUTE);
    const moved = expectStatus(await member.patch('/api/v1/timer', { start_time: earlier }), 200);
    expect(moved).toMatchObject({ start_time: earlier, task_id: task.id });
    expect((await member.get('/api/v1/timer/status')).json().elapsed_seconds).toBeGreaterThanOrEqual(30 * 60);

    const stopped = expectStatus(await member.request('POST', '/api/v1/timer/stop'), 200);
    expect(stopped).toMatchObject({ id: running.id, notes: 'Typed while it runs', task_id: task.id, start_time: earlier });
    expect(stopped.duration_seconds).toBeGreaterThanOrEqual(30 * 60);

    // Each edit is audited as a change of the entry, with the fields before and after.
    const audit = expectStatus(await admin.get(`/api/v1/audit-logs?per_page=100&target_type=time_entry&target_id=${running.id}`), 200);
    const updates = audit.audit_logs.filter((r: { action: string }) => r.action === 'time_entry.update');
    expect(updates.map((r: { after: Record<string, unknown> }) => Object.keys(r.after).sort())).toEqual([
      ['project_id', 'start_time', 'user_id'],
      ['project_id', 'task_id', 'user_id'],
      ['notes', 'project_id', 'user_id'],
    ]);
  });

  it('D5 PATCH /timer without a running timer is 404; an empty or unknown body is 400', async () => {
    const member = await logger();
    const none = await member.patch('/api/v1/timer', { notes: 'x' });
    expect(none.statusCode).toBe(404);
    expect(none.json().code).toBe('not_found');
    await start(member);
    for (const body of [{}, { billable: true }, { end_time: fromNow(0) }, { notes: 'x'.repeat(5001) }, { project_id: 'x' }]) {
      const res = await member.patch('/api/v1/timer', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    // Someone else's timer is never reached: each user edits their own.
    const other = await logger();
    expect((await other.patch('/api/v1/timer', { notes: 'not yours' })).statusCode).toBe(404);
    expect((await member.get('/api/v1/timer/status')).json().time_entry.notes).toBe('');
  });

  it('D5 PATCH /timer moves the timer only where a start would be allowed (404 invisible, 403 below the level, 409 archived)', async () => {
    const member = await logger();
    const task = await createTask(manager, project);
    await start(member, { task_id: task.id });

    const invisible = await createProject(manager);
    const readOnly = await createProject(manager);
    await join(manager, readOnly, member, 'view_time_and_expenses');
    const archived = await createProject(manager);
    await join(manager, archived, member, 'edit_time_and_expenses');
    expect((await manager.delete(`/api/v1/projects/${archived}`)).statusCode).toBe(200);
    const open = await createProject(manager, { billable: true });
    await join(manager, open, member, 'edit_time_and_expenses');
    const openTask = await createTask(manager, open);

    expect((await member.patch('/api/v1/timer', { project_id: invisible })).statusCode).toBe(404);
    const below = await member.patch('/api/v1/timer', { project_id: readOnly });
    expect(below.statusCode).toBe(403);
    expect(below.json()).toMatchObject({ required_project_level: 'edit_time_and_expenses', project_id: readOnly });
    expect((await member.patch('/api/v1/timer', { project_id: archived })).statusCode).toBe(409);
    // The old project's task must be replaced.
    expectInvalid(await member.patch('/api/v1/timer', { project_id: open }), 'body.task_id');
    expect((await member.patch('/api/v1/timer', { project_id: open, task_id: task.id })).statusCode).toBe(400);
    const moved = expectStatus(await member.patch('/api/v1/timer', { project_id: open, task_id: openTask.id }), 200);
    expect(moved).toMatchObject({ project_id: open, task_id: openTask.id, end_time: null });
    expect((await member.get('/api/v1/timer/status')).json().time_entry).toMatchObject({ project_id: open });

    // Demoted on the timer's project: its timer can no longer be edited there (stopping still works).
    const participation = (await manager.get(`/api/v1/participations?project_id=${open}&user_id=${member.userId}`)).json()
      .participations[0];
    expectStatus(await manager.put(`/api/v1/participations/${participation.id}`, { access_level: 'view_time_and_expenses' }), 200);
    const demoted = await member.patch('/api/v1/timer', { notes: 'late' });
    expect(demoted.statusCode).toBe(403);
    expect(demoted.json().required_project_level).toBe('edit_time_and_expenses');
    expect((await member.post('/api/v1/timer/stop')).statusCode).toBe(200);
  });

  it('D5 PATCH /timer is refused without write:time_entries (token) or create_time_entries (role)', async () => {
    const member = await logger();
    await start(member);
    const readOnly = await tokenClient(member, ['read:time_entries']);
    const denied = await readOnly.patch('/api/v1/timer', { notes: 'x' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ required_scope: 'write:time_entries' });
    const writer = await tokenClient(member, ['write:time_entries']);
    expect((await writer.patch('/api/v1/timer', { notes: 'by token' })).json()).toMatchObject({ notes: 'by token' });

    const viewer = await userWith(t.app, ['viewer']);
    await join(manager, project, viewer, 'admin');
    const noPermission = await viewer.patch('/api/v1/timer', { notes: 'x' });
    expect(noPermission.statusCode).toBe(403);
    expect(noPermission.json()).toMatchObject({ required_permission: 'create_time_entries' });
  });

  it('D5 start_time is the click time: at most 12 hours ago, never in the future, on a start and on an edit', async () => {
    const member = await logger();
    const clicked = fromNow(-5 * MINUTE);
    expect(await start(member, { start_time: clicked })).toMatchObject({ start_time: clicked, end_time: null });
    expect((await member.post('/api/v1/timer/stop')).statusCode).toBe(200);

    const cases: [string, string, RegExp][] = [
      ['13 hours ago', fromNow(-13 * HOUR), /12 hours/],
      ['an hour ahead', fromNow(HOUR), /future/],
      ['a minute ahead', fromNow(MINUTE), /future/],
      ['not a date-time', '2026-02-30T09:00:00Z', /a date and time with a time zone/],
    ];
    for (const [name, startTime, message] of cases) {
      const res = await member.post('/api/v1/timer/start', { project_id: project, start_time: startTime });
      expectInvalid(res, 'body.start_time', name);
      expect(res.json().message, name).toMatch(message);
    }
    expect((await member.get('/api/v1/timer/status')).json().running).toBe(false);

    // A clock a few seconds ahead starts now, never later.
    const ahead = await start(member, { start_time: fromNow(3 * SECOND) });
    expect(Date.parse(ahead.start_time)).toBeLessThanOrEqual(Date.now());
    for (const [name, startTime] of cases)
      expectInvalid(await member.patch('/api/v1/timer', { start_time: startTime }), 'body.start_time', name);
    const twelve = fromNow(-12 * HOUR + MINUTE);
    expect(expectStatus(await member.patch('/api/v1/timer', { start_time: twelve }), 200).start_time).toBe(twelve);
  });

  // --- continue ------------------------------------------------------------------------------

  it('continue starts a timer like the entry: project, task, notes, billable; a running timer is 409 as for a start', async () => {
    const member = await logger();
    const task = await createTask(manager, project);
    const entry = await logTime(member, project, {
      start_time: fromNow(-3 * HOUR),
      duration: '1h',
      task_id: task.id,
      notes: 'Review',
      billable: true,
    });
    const res = await member.post(`/api/v1/time-entries/${entry.id}/continue`);
    const running = expectStatus(res);
    expect(running).toMatchObject({
      user_id: member.userId,
      project_id: project,
      task_id: task.id,
      notes: 'Review',
      billable: true,
      end_time: null,
      duration_seconds: null,
    });
    expect(running.id).not.toBe(entry.id);
    expect(Date.now() - Date.parse(running.start_time)).toBeLessThan(60 * SECOND);

    const again = await member.post(`/api/v1/time-entries/${entry.id}/continue`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict', time_entry_id: running.id });
    expect(again.json().message).toMatch(/^A timer is already running/);

    // A teammate's entry the caller sees starts the caller's own timer.
    const teammate = await logger();
    expect(expectStatus(await teammate.post(`/api/v1/time-entries/${entry.id}/continue`))).toMatchObject({
      user_id: teammate.userId,
      notes: 'Review',
    });
  });

  it('continue: an invisible entry is 404, no right to log time 403, a read-only token or no create_time_entries 403', async () => {
    const author = await logger();
    const entry = await logTime(author, project, { start_time: fromNow(-2 * HOUR), duration_seconds: 600 });

    const outsider = await userWith(t.app, ['user']);
    const blind = await addMember(manager, project, 'edit_tasks', { can_edit_time: true });
    for (const client of [outsider, blind]) {
      const res = await client.post(`/api/v1/time-entries/${entry.id}/continue`);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('not_found');
    }
    expect((await author.post('/api/v1/time-entries/999999/continue')).statusCode).toBe(404);

    const watcher = await addMember(manager, project, 'view_time_and_expenses');
    const refused = await watcher.post(`/api/v1/time-entries/${entry.id}/continue`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ required_project_level: 'edit_time_and_expenses' });

    const readOnly = await tokenClient(author, ['read:time_entries']);
    const scope = await readOnly.post(`/api/v1/time-entries/${entry.id}/continue`);
    expect(scope.statusCode).toBe(403);
    expect(scope.json()).toMatchObject({ required_scope: 'write:time_entries' });

    const viewer = await userWith(t.app, ['viewer']);
    await join(manager, project, viewer, 'admin');
    const permission = await viewer.post(`/api/v1/time-entries/${entry.id}/continue`);
    expect(permission.statusCode).toBe(403);
    expect(permission.json()).toMatchObject({ required_permission: 'create_time_entries' });

    // The author's own entry on a project they left: as for a start there, the project is not found.
    const left = await createProject(manager);
    const leaver = await addMember(manager, left, 'edit_time_and_expenses');
    const theirs = await logTime(leaver, left, { start_time: fromNow(-2 * HOUR), duration_seconds: 600 });
    const participation = (await manager.get(`/api/v1/participations?project_id=${left}&user_id=${leaver.userId}`)).json()
      .participations[0];
    expect((await manager.delete(`/api/v1/participations/${participation.id}`)).statusCode).toBe(204);
    expect((await leaver.post(`/api/v1/time-entries/${theirs.id}/continue`)).statusCode).toBe(404);
    expect((await author.get('/api/v1/timer/status')).json().running).toBe(false);
    expect((await leaver.get('/api/v1/timer/status')).json().running).toBe(false);
  });

  // --- D6: typed durations, entries that end now, never in the future ---------------------------

  it('D6 a typed duration logs time: "1h30" is 5400 seconds, on a new entry and on a change', async () => {
    const member = await logger();
    const created = expectStatus(
      await member.post('/api/v1/time-entries', { project_id: project, start_time: '2026-03-16T09:00:00Z', duration: '1h30' }),
    );
    expect(created).toMatchObject({
      start_time: '2026-03-16T09:00:00.000Z',
      end_time: '2026-03-16T10:30:00.000Z',
      duration_seconds: 5400,
    });
    const agreeing = await member.post('/api/v1/time-entries', {
      project_id: project,
      start_time: '2026-03-16T11:00:00Z',
      end_time: '2026-03-16T12:15:00Z',
      duration: '1 hour 15 minutes',
      duration_seconds: 4500,
    });
    expect(expectStatus(agreeing).duration_seconds).toBe(4500);

    for (const [typed, seconds] of [
      ['45 min', 2700],
      ['1,5', 5400],
      ['1:30:15', 5415],
      ['90', 5400],
    ] as const) {
      const changed = expectStatus(await member.put(`/api/v1/time-entries/${created.id}`, { duration: typed }), 200);
      expect(changed, typed).toMatchObject({ start_time: '2026-03-16T09:00:00.000Z', duration_seconds: seconds });
      expect(Date.parse(changed.end_time) - Date.parse(changed.start_time), typed).toBe(seconds * 1000);
    }
    // A running entry takes no duration until it is stopped.
    await start(member);
    const running = (await member.get('/api/v1/timer/status')).json().time_entry;
    const refused = await member.put(`/api/v1/time-entries/${running.id}`, { duration: '1h' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().fields).toEqual(['duration']);
  });

  it('D6 a duration without a start makes an entry that ends now (or at the given end)', async () => {
    const member = await logger();
    const before = Math.floor(Date.now() / SECOND) * SECOND;
    const typed = expectStatus(await member.post('/api/v1/time-entries', { project_id: project, duration: '30m', notes: 'Just now' }));
    const after = Date.now();
    expect(typed).toMatchObject({ duration_seconds: 1800, notes: 'Just now' });
    expect(Date.parse(typed.end_time)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(typed.end_time)).toBeLessThanOrEqual(after);
    expect(Date.parse(typed.end_time) - Date.parse(typed.start_time)).toBe(1800 * SECOND);

    const numeric = expectStatus(await member.post('/api/v1/time-entries', { project_id: project, duration_seconds: 75 }));
    expect(Date.parse(numeric.end_time) - Date.parse(numeric.start_time)).toBe(75 * SECOND);
    expect(Date.parse(numeric.end_time)).toBeLessThanOrEqual(Date.now());

    const ended = expectStatus(
      await member.post('/api/v1/time-entries', { project_id: project, end_time: '2026-03-17T12:00:00Z', duration: '2h' }),
    );
    expect(ended).toMatchObject({ start_time: '2026-03-17T10:00:00.000Z', end_time: '2026-03-17T12:00:00.000Z', duration_seconds: 7200 });
  });

  it('D6 an entry that would end in the future is refused (400), on a new entry and on a change', async () => {
    const member = await logger();
    const cases: [string, Record<string, unknown>, string][] = [
      ['start and end ahead', { start_time: fromNow(HOUR), end_time: fromNow(2 * HOUR) }, 'body.end_time'],
      ['ends an hour ahead', { start_time: fromNow(-10 * MINUTE), end_time: fromNow(HOUR) }, 'body.end_time'],
      ['a typed duration past now', { start_time: fromNow(-10 * MINUTE), duration: '1h' }, 'body.duration'],
      ['duration_seconds past now', { start_time: fromNow(-10 * MINUTE), duration_seconds: 3600 }, 'body.duration_seconds'],
    ];
    for (const [name, body, path] of cases) {
      const res = await member.post('/api/v1/time-entries', { project_id: project, ...body });
      expectInvalid(res, path, name);
      expect(res.json().message, name).toMatch(/future/);
    }
    const rows = await t.db.db.select().from(timeEntries).where(eq(timeEntries.userId, member.userId!));
    expect(rows).toHaveLength(0);

    const entry = await logTime(member, project, { start_time: fromNow(-2 * HOUR), duration: '1h' });
    expectInvalid(await member.put(`/api/v1/time-entries/${entry.id}`, { end_time: fromNow(HOUR) }), 'body.end_time');
    expectInvalid(await member.put(`/api/v1/time-entries/${entry.id}`, { duration: '3h' }), 'body.duration');
    // Up to now is fine.
    const toNow = expectStatus(await member.put(`/api/v1/time-entries/${entry.id}`, { duration: '2h' }), 200);
    expect(Date.parse(toNow.end_time)).toBeLessThanOrEqual(Date.now());
  });

  it('D6 an unreadable duration is 400 on body.duration, naming the formats it accepts', async () => {
    const member = await logger();
    const entry = await logTime(member, project, { start_time: '2026-03-18T09:00:00Z', duration: '1h' });
    for (const typed of ['soon', '-1h', '0', '25h', '1h 2h', '1:75']) {
      const created = await member.post('/api/v1/time-entries', {
        project_id: project,
        start_time: '2026-03-18T11:00:00Z',
        duration: typed,
      });
      expectInvalid(created, 'body.duration', typed);
      const error = created.json().errors.find((e: { path: string }) => e.path === 'body.duration');
      expect(error.message, typed).toMatch(/1h30/);
      expect(error.message, typed).toMatch(/1:30/);
      expect(error.message, typed).toMatch(/24 hours/);
      expectInvalid(await member.put(`/api/v1/time-entries/${entry.id}`, { duration: typed }), 'body.duration', typed);
    }
    expect((await member.get(`/api/v1/time-entries/${entry.id}`)).json().duration_seconds).toBe(3600);
  });

  // --- D3: notes alone never judge the times again ----------------------------------------------

  it('D3 editing only the notes of a 20-second timer entry succeeds and keeps its times', async () => {
    const member = await logger();
    await start(member, { start_time: fromNow(-20 * SECOND) });
    const stopped = expectStatus(await member.post('/api/v1/timer/stop'), 200);
    expect(stopped.duration_seconds).toBeGreaterThanOrEqual(20);
    expect(stopped.duration_seconds).toBeLessThan(60);

    const noted = expectStatus(await member.put(`/api/v1/time-entries/${stopped.id}`, { notes: 'Quick call' }), 200);
    expect(noted).toMatchObject({
      notes: 'Quick call',
      start_time: stopped.start_time,
      end_time: stopped.end_time,
      duration_seconds: stopped.duration_seconds,
    });
    // Its own times sent back with the notes are no change either.
    const echoed = await member.put(`/api/v1/time-entries/${stopped.id}`, {
      notes: 'Quick call, again',
      start_time: stopped.start_time,
      end_time: stopped.end_time,
      duration_seconds: stopped.duration_seconds,
    });
    expect(expectStatus(echoed, 200)).toMatchObject({ start_time: stopped.start_time, duration_seconds: stopped.duration_seconds });

    // An entry stored before today's rules (it ends tomorrow) still takes a change of its notes.
    const [legacy] = await t.db.db
      .insert(timeEntries)
      .values({
        userId: member.userId!,
        projectId: project,
        startTime: new Date(fromNow(HOUR)),
        endTime: new Date(fromNow(HOUR + 20 * SECOND)),
        durationSeconds: 20,
        notes: '',
      })
      .returning();
    const kept = expectStatus(await member.put(`/api/v1/time-entries/${legacy!.id}`, { notes: 'planned' }), 200);
    expect(kept).toMatchObject({ notes: 'planned', duration_seconds: 20, start_time: legacy!.startTime.toISOString() });
  });
});
