/**
 * The timer against PGlite and PostgreSQL: start/status/stop, the project rules it shares with
 * time entries, and the race the database must decide (50 concurrent starts → one timer).
 */
import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { timeEntries } from '../src/db/schema/index.js';
import { describeEachDb } from './helpers/app.js';
import { userWith } from './helpers/client.js';
import { addMember, createProject, expectStatus, join, tokenClient, useTestApp, useUser } from './helpers/fixtures.js';

describeEachDb('timer', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']);
  let project: number;
  beforeAll(async () => {
    project = await createProject(manager, { billable: false });
  });

  const runningRows = (userId: number) =>
    t.db.db
      .select()
      .from(timeEntries)
      .where(and(eq(timeEntries.userId, userId), isNull(timeEntries.endTime)));

  it('starts, reports and stops a timer; a second start or stop is 409', async () => {
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    expect((await member.get('/api/v1/timer/status')).json()).toEqual({ running: false, time_entry: null, elapsed_seconds: null });

    const before = Math.floor(Date.now() / 1000) * 1000;
    const started = await member.post('/api/v1/timer/start', { project_id: project, notes: 'Deep work' });
    const entry = expectStatus(started);
    expect(entry).toMatchObject({
      user_id: member.userId,
      project_id: project,
      end_time: null,
      duration_seconds: null,
      billable: false,
      notes: 'Deep work',
    });
    const startMs = Date.parse(entry.start_time);
    expect(startMs % 1000).toBe(0); // whole seconds
    expect(startMs).toBeGreaterThanOrEqual(before);
    expect(startMs).toBeLessThanOrEqual(Date.now());

    const status = (await member.get('/api/v1/timer/status')).json();
    expect(status).toMatchObject({ running: true, time_entry: { id: entry.id } });
    expect(status.elapsed_seconds).toBeGreaterThanOrEqual(0);
    expect((await member.get('/api/v1/time-entries?running=true')).json().time_entries.map((e: { id: number }) => e.id)).toEqual([
      entry.id,
    ]);

    const second = await member.post('/api/v1/timer/start', { project_id: project });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'conflict', time_entry_id: entry.id });
    expect(second.json().message).toMatch(/^A timer is already running/);

    // Without a body, as a client would simply POST.
    const stopped = await member.request('POST', '/api/v1/timer/stop');
    const done = expectStatus(stopped, 200);
    expect(done).toMatchObject({ id: entry.id, start_time: entry.start_time, notes: 'Deep work' });
    expect(done.duration_seconds).toBeGreaterThanOrEqual(1);
    expect(Date.parse(done.end_time) - Date.parse(done.start_time)).toBe(done.duration_seconds * 1000);

    const again = await member.post('/api/v1/timer/stop');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict', message: 'No timer is running' });
    expect((await member.get('/api/v1/timer/status')).json().running).toBe(false);
  });

  it('stop sets notes; a running entry changes only notes and task until stopped', async () => {
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    const entry = (await member.post('/api/v1/timer/start', { project_id: project, billable: true })).json();
    expect(entry.billable).toBe(true);
    const refused = await member.put(`/api/v1/time-entries/${entry.id}`, { end_time: '2030-01-01T00:00:00Z' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(/stop it first/);
    expect((await member.put(`/api/v1/time-entries/${entry.id}`, { billable: false })).statusCode).toBe(409);
    expect((await member.put(`/api/v1/time-entries/${entry.id}`, { notes: 'renamed' })).json()).toMatchObject({
      notes: 'renamed',
      end_time: null,
    });
    const stopped = await member.post('/api/v1/timer/stop', { notes: 'finished' });
    expect(stopped.statusCode).toBe(200);
    expect(stopped.json()).toMatchObject({ notes: 'finished' });
    expect((await member.post('/api/v1/timer/stop', { notes: 'x', extra: 1 })).statusCode).toBe(400);
  });

  it('needs the right to log time on the project: edit_time_and_expenses or can_edit_time', async () => {
    const below = await addMember(manager, project, 'view_time_and_expenses');
    const flagged = await addMember(manager, project, 'view_time_and_expenses', { can_edit_time: true });
    const outsider = await userWith(t.app, ['user']);
    const viewer = await userWith(t.app, ['viewer']);
    await join(manager, project, viewer, 'admin');

    const refused = await below.post('/api/v1/timer/start', { project_id: project });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ required_project_level: 'edit_time_and_expenses' });
    expect((await flagged.post('/api/v1/timer/start', { project_id: project })).statusCode).toBe(201);
    expect((await outsider.post('/api/v1/timer/start', { project_id: project })).statusCode).toBe(404);
    const noPermission = await viewer.post('/api/v1/timer/start', { project_id: project });
    expect(noPermission.statusCode).toBe(403);
    expect(noPermission.json()).toMatchObject({ required_permission: 'create_time_entries' });
    expect((await viewer.get('/api/v1/timer/status')).statusCode).toBe(200);
    expect((await below.post('/api/v1/timer/stop')).json().message).toBe('No timer is running');
    for (const body of [{}, { project_id: project, foo: 1 }, { project_id: 'x' }, { project_id: project, notes: 'x'.repeat(5001) }]) {
      const res = await flagged.post('/api/v1/timer/start', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors.length).toBeGreaterThan(0);
    }
  });

  it('refuses archived projects (409)', async () => {
    const archived = await createProject(manager);
    const member = await addMember(manager, archived, 'edit_time_and_expenses');
    expect((await manager.delete(`/api/v1/projects/${archived}`)).statusCode).toBe(200);
    const res = await member.post('/api/v1/timer/start', { project_id: archived });
    expect(res.statusCode).toBe(409);
    expect((await runningRows(member.userId!)).length).toBe(0);
  });

  it('each user has their own timer; tokens need write:time_entries to start one', async () => {
    const a = await addMember(manager, project, 'edit_time_and_expenses');
    const b = await addMember(manager, project, 'edit_time_and_expenses');
    expect((await a.post('/api/v1/timer/start', { project_id: project })).statusCode).toBe(201);
    expect((await b.post('/api/v1/timer/start', { project_id: project })).statusCode).toBe(201);
    // B stopping stops B's timer only.
    expect((await b.post('/api/v1/timer/stop')).statusCode).toBe(200);
    expect((await a.get('/api/v1/timer/status')).json().running).toBe(true);

    const readOnly = await tokenClient(b, ['read:time_entries'], { name: 'ro', expires_in_days: 1 });
    expect((await readOnly.get('/api/v1/timer/status')).json().running).toBe(false);
    const denied = await readOnly.post('/api/v1/timer/start', { project_id: project });
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ required_scope: 'write:time_entries' });
    const writer = await tokenClient(b, ['write:time_entries'], { name: 'rw', expires_in_days: 1 });
    expect((await writer.post('/api/v1/timer/start', { project_id: project })).statusCode).toBe(201);
    expect((await b.get('/api/v1/timer/status')).json().running).toBe(true);
  });

  it('the race: 50 concurrent starts make exactly one running entry', async () => {
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => member.post('/api/v1/timer/start', { project_id: project, notes: `attempt ${i}` })),
    );
    const codes = results.map((r) => r.statusCode);
    expect(
      codes.filter((c) => c === 201),
      results.find((r) => r.statusCode >= 500)?.body,
    ).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(49);
    const winner = results.find((r) => r.statusCode === 201)!.json();
    for (const loser of results.filter((r) => r.statusCode === 409)) {
      expect(loser.json()).toMatchObject({ code: 'conflict', time_entry_id: winner.id });
    }
    const rows = await runningRows(member.userId!);
    expect(rows.map((r) => r.id)).toEqual([winner.id]);
    expect(await t.db.db.$count(timeEntries, eq(timeEntries.userId, member.userId!))).toBe(1);

    // Concurrent stops end it once.
    const stops = await Promise.all(Array.from({ length: 10 }, () => member.post('/api/v1/timer/stop')));
    expect(stops.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(stops.filter((r) => r.statusCode === 409)).toHaveLength(9);
    expect(await runningRows(member.userId!)).toHaveLength(0);
  });
});
