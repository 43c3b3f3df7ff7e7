/**
 * Time entries against PGlite and PostgreSQL: CRUD, the project-level boundaries (one level below
 * refused, the level itself allowed), object-level access through sessions and tokens,
 * Idempotency-Key (also under concurrency), and bad input that must be 400, never 5xx.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { tasks, timeEntries } from '../src/db/schema/index.js';
import { describeEachDb } from './helpers/app.js';
import { type Client, userWith } from './helpers/client.js';
import { addMember, createProject, expectStatus, hour, join, logTime, tokenClient, useTestApp, useUser } from './helpers/fixtures.js';

const ids = (res: { json(): { time_entries: { id: number }[] } }) => res.json().time_entries.map((e) => e.id);

describeEachDb('time entries', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']);
  let project: number;
  beforeAll(async () => {
    project = await createProject(manager, { billable: false });
  });

  it('CRUD: create with end_time or duration, read, list, update, delete', async () => {
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    const created = await member.post('/api/v1/time-entries', {
      project_id: project,
      start_time: '2026-03-02T09:00:00.750Z',
      end_time: '2026-03-02T10:30:00Z',
      notes: 'Planning',
    });
    const entry = expectStatus(created);
    expect(entry).toMatchObject({
      user_id: member.userId,
      user: { id: member.userId },
      project_id: project,
      task_id: null,
      start_time: '2026-03-02T09:00:00.000Z', // whole seconds
      end_time: '2026-03-02T10:30:00.000Z',
      duration_seconds: 5400,
      billable: false, // the project's default
      notes: 'Planning',
    });

    const byDuration = await member.post('/api/v1/time-entries', {
      project_id: project,
      start_time: '2026-03-03T08:00:00+01:00',
      duration_seconds: 1800,
      billable: true,
    });
    expect(byDuration.statusCode, byDuration.body).toBe(201);
    expect(byDuration.json()).toMatchObject({
      start_time: '2026-03-03T07:00:00.000Z',
      end_time: '2026-03-03T07:30:00.000Z',
      duration_seconds: 1800,
      billable: true,
    });
    const both = await member.post('/api/v1/time-entries', { project_id: project, ...hour(4, 9), duration_seconds: 3600 });
    expect(both.statusCode, both.body).toBe(201);

    expect((await member.get(`/api/v1/time-entries/${entry.id}`)).json()).toEqual(entry);
    const list = await member.get('/api/v1/time-entries');
    expect(list.json().pagination).toEqual({ page: 1, per_page: 50, total: 3, pages: 1 });
    expect(ids(list)).toEqual([both.json().id, byDuration.json().id, entry.id]); // newest first

    const updated = await member.put(`/api/v1/time-entries/${entry.id}`, { end_time: '2026-03-02T11:00:00Z', notes: 'Planning, longer' });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({
      start_time: '2026-03-02T09:00:00.000Z',
      end_time: '2026-03-02T11:00:00.000Z',
      duration_seconds: 7200,
      notes: 'Planning, longer',
    });
    const moved = await member.put(`/api/v1/time-entries/${entry.id}`, { start_time: '2026-03-02T10:00:00Z' });
    expect(moved.json()).toMatchObject({ duration_seconds: 3600, end_time: '2026-03-02T11:00:00.000Z' }); // the end stays
    const viaDuration = await member.put(`/api/v1/time-entries/${entry.id}`, { duration_seconds: 60 });
    expect(viaDuration.json()).toMatchObject({ end_time: '2026-03-02T10:01:00.000Z', duration_seconds: 60 });

    expect((await member.delete(`/api/v1/time-entries/${entry.id}`)).statusCode).toBe(204);
    expect((await member.get(`/api/v1/time-entries/${entry.id}`)).statusCode).toBe(404);
    expect((await member.delete(`/api/v1/time-entries/${entry.id}`)).statusCode).toBe(404);
  });

  it('filters: inclusive UTC days on start_time, project, user, task, billable, running', async () => {
    const other = await createProject(manager);
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    await join(manager, other, member, 'edit_time_and_expenses');
    const [task] = await t.db.db.insert(tasks).values({ projectId: project, name: 'Filtered task' }).returning();
    const first = await logTime(member, project, {
      start_time: '2026-04-01T23:59:59Z',
      end_time: '2026-04-02T00:30:00Z',
      task_id: task!.id,
    });
    const second = await logTime(member, project, { start_time: '2026-04-02T00:00:00Z', end_time: '2026-04-02T01:00:00Z', billable: true });
    const third = await logTime(member, other, { start_time: '2026-04-03T23:00:00Z', end_time: '2026-04-03T23:59:59Z' });
    const q = (query: string) => member.get(`/api/v1/time-entries?user_id=${member.userId}&${query}`);
    expect(ids(await q('start_date=2026-04-02&end_date=2026-04-02'))).toEqual([second.id]);
    expect(ids(await q('start_date=2026-04-01&end_date=2026-04-03'))).toEqual([third.id, second.id, first.id]);
    expect(ids(await q('start_date=2026-04-03'))).toEqual([third.id]);
    expect(ids(await q('end_date=2026-04-01'))).toEqual([first.id]);
    expect(ids(await q(`project_id=${other}`))).toEqual([third.id]);
    expect(ids(await q(`task_id=${task!.id}`))).toEqual([first.id]);
    expect(ids(await q('billable=true&start_date=2026-04-01'))).toEqual([third.id, second.id]);
    expect(ids(await q('billable=false&start_date=2026-04-01'))).toEqual([first.id]);
    expect(ids(await q('running=true'))).toEqual([]);
    expect((await q('running=false')).json().pagination.total).toBe(3);
  });

  it('a task must exist, be visible and belong to the project', async () => {
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    const elsewhere = await createProject(manager);
    const [own] = await t.db.db.insert(tasks).values({ projectId: project, name: 'Here' }).returning();
    const [foreign] = await t.db.db.insert(tasks).values({ projectId: elsewhere, name: 'Elsewhere' }).returning();
    expect((await member.post('/api/v1/time-entries', { project_id: project, ...hour(5, 9), task_id: own!.id })).json()).toMatchObject({
      task_id: own!.id,
    });
    // A task on a project the member cannot see is as missing as a task that does not exist.
    expect((await member.post('/api/v1/time-entries', { project_id: project, ...hour(5, 10), task_id: foreign!.id })).statusCode).toBe(404);
    expect((await member.post('/api/v1/time-entries', { project_id: project, ...hour(5, 10), task_id: 999999 })).statusCode).toBe(404);
    // A visible task of another project is a bad request.
    await join(manager, elsewhere, member, 'view_tasks');
    const mismatch = await member.post('/api/v1/time-entries', { project_id: project, ...hour(5, 10), task_id: foreign!.id });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().errors[0].path).toBe('body.task_id');
  });

  it('view_time_and_expenses sees everyone’s entries on the project; edit_tasks does not', async () => {
    const author = await addMember(manager, project, 'edit_time_and_expenses');
    const entry = await logTime(author, project, hour(6, 9));
    const viewer = await addMember(manager, project, 'view_time_and_expenses');
    const below = await addMember(manager, project, 'edit_tasks');
    const outsider = await userWith(t.app, ['user']);

    expect((await viewer.get(`/api/v1/time-entries/${entry.id}`)).statusCode).toBe(200);
    expect(ids(await viewer.get(`/api/v1/time-entries?user_id=${author.userId}`))).toEqual([entry.id]);
    for (const client of [below, outsider]) {
      const res = await client.get(`/api/v1/time-entries/${entry.id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('not_found');
      expect(ids(await client.get('/api/v1/time-entries'))).not.toContain(entry.id);
      expect((await client.get(`/api/v1/time-entries?user_id=${author.userId}`)).json().pagination.total).toBe(0);
    }
    // view_all_time_entries (manager) raises the level on every project.
    expect((await manager.get(`/api/v1/time-entries/${entry.id}`)).statusCode).toBe(200);
  });

  it('edit_time_and_expenses may log own time; view_time_and_expenses may not, unless can_edit_time', async () => {
    const allowed = await addMember(manager, project, 'edit_time_and_expenses');
    const below = await addMember(manager, project, 'view_time_and_expenses');
    const flagged = await addMember(manager, project, 'view_time_and_expenses', { can_edit_time: true });
    const flaggedLow = await addMember(manager, project, 'view_tasks', { can_edit_time: true });
    const expenseFlag = await addMember(manager, project, 'view_time_and_expenses', { can_edit_expense: true });
    const outsider = await userWith(t.app, ['user']);

    expect((await allowed.post('/api/v1/time-entries', { project_id: project, ...hour(7, 9) })).statusCode).toBe(201);
    for (const client of [below, expenseFlag]) {
      const refused = await client.post('/api/v1/time-entries', { project_id: project, ...hour(7, 9) });
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'forbidden', required_project_level: 'edit_time_and_expenses', project_id: project });
    }
    expect((await flagged.post('/api/v1/time-entries', { project_id: project, ...hour(7, 9) })).statusCode).toBe(201);
    expect((await flaggedLow.post('/api/v1/time-entries', { project_id: project, ...hour(7, 9) })).statusCode).toBe(201);
    // An invisible project is 404, not 403.
    expect((await outsider.post('/api/v1/time-entries', { project_id: project, ...hour(7, 9) })).statusCode).toBe(404);
    expect((await allowed.post('/api/v1/time-entries', { project_id: 999999, ...hour(7, 9) })).statusCode).toBe(404);
  });

  it('edit_financials may edit, delete and log others’ entries; view_financials may not', async () => {
    const author = await addMember(manager, project, 'edit_time_and_expenses');
    const financial = await addMember(manager, project, 'edit_financials');
    const below = await addMember(manager, project, 'view_financials');
    const entry = await logTime(author, project, hour(8, 9));

    const refused = await below.put(`/api/v1/time-entries/${entry.id}`, { notes: 'not mine' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ required_project_level: 'edit_financials' });
    expect((await below.delete(`/api/v1/time-entries/${entry.id}`)).json()).toMatchObject({ required_project_level: 'edit_financials' });
    const onBehalf = await below.post('/api/v1/time-entries', { project_id: project, ...hour(8, 11), user_id: author.userId });
    expect(onBehalf.statusCode).toBe(403);
    expect(onBehalf.json().required_project_level).toBe('edit_financials');
    // The author lost nothing.
    expect((await author.get(`/api/v1/time-entries/${entry.id}`)).json().notes).toBe('');

    const edited = await financial.put(`/api/v1/time-entries/${entry.id}`, { notes: 'corrected', end_time: '2026-03-08T09:45:00Z' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ user_id: author.userId, notes: 'corrected', duration_seconds: 2700 });
    const logged = await financial.post('/api/v1/time-entries', { project_id: project, ...hour(8, 11), user_id: author.userId });
    expect(logged.statusCode, logged.body).toBe(201);
    expect(logged.json()).toMatchObject({ user_id: author.userId, user: { id: author.userId } });
    expect(ids(await author.get('/api/v1/time-entries?start_date=2026-03-08&end_date=2026-03-08'))).toEqual([logged.json().id, entry.id]);
    expect((await financial.delete(`/api/v1/time-entries/${entry.id}`)).statusCode).toBe(204);
    expect((await author.get(`/api/v1/time-entries/${entry.id}`)).statusCode).toBe(404);
    // The project's creator is its admin, above edit_financials.
    expect((await manager.put(`/api/v1/time-entries/${logged.json().id}`, { notes: 'x' })).statusCode).toBe(200);
  });

  it('your own entries need the right to log time on the project: to edit them, move them, delete them', async () => {
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    const entry = await logTime(member, project, hour(9, 9));
    const other = await createProject(manager);
    const readOnly = await createProject(manager);
    await join(manager, readOnly, member, 'view_time_and_expenses');
    expect((await member.put(`/api/v1/time-entries/${entry.id}`, { project_id: other })).statusCode).toBe(404); // invisible
    const moveRefused = await member.put(`/api/v1/time-entries/${entry.id}`, { project_id: readOnly });
    expect(moveRefused.statusCode).toBe(403);
    expect(moveRefused.json().required_project_level).toBe('edit_time_and_expenses');

    // Demoted to view level: the entry stays visible but read-only.
    const participation = (await manager.get(`/api/v1/participations?project_id=${project}&user_id=${member.userId}`)).json()
      .participations[0];
    expect((await manager.put(`/api/v1/participations/${participation.id}`, { access_level: 'view_time_and_expenses' })).statusCode).toBe(
      200,
    );
    expect((await member.get(`/api/v1/time-entries/${entry.id}`)).statusCode).toBe(200);
    expect((await member.put(`/api/v1/time-entries/${entry.id}`, { notes: 'late edit' })).json()).toMatchObject({
      code: 'forbidden',
      required_project_level: 'edit_time_and_expenses',
    });
    expect((await member.delete(`/api/v1/time-entries/${entry.id}`)).statusCode).toBe(403);
    // Removed from the project: still their own entry (visible), still not writable.
    expect((await manager.delete(`/api/v1/participations/${participation.id}`)).statusCode).toBe(204);
    expect((await member.get(`/api/v1/time-entries/${entry.id}`)).statusCode).toBe(200);
    expect((await member.put(`/api/v1/time-entries/${entry.id}`, { notes: 'late edit' })).statusCode).toBe(403);
  });

  it('the viewer role cannot log time at all', async () => {
    const viewer = await userWith(t.app, ['viewer']);
    await join(manager, project, viewer, 'admin');
    const res = await viewer.post('/api/v1/time-entries', { project_id: project, ...hour(10, 9) });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'forbidden', required_permission: 'create_time_entries' });
    expect((await viewer.get('/api/v1/time-entries')).statusCode).toBe(200);
  });

  it('BOLA: A cannot read, change or delete B’s entries by id, via the session or a token', async () => {
    // Both may log their own time (flag) but neither sees the team's.
    const a = await addMember(manager, project, 'edit_tasks', { can_edit_time: true });
    const b = await addMember(manager, project, 'edit_tasks', { can_edit_time: true });
    const mine = await logTime(a, project, hour(11, 9));
    const theirs = await logTime(b, project, { ...hour(11, 10), notes: 'B’s' });

    const token = await tokenClient(a, ['read:time_entries', 'write:time_entries'], { name: 'bola', expires_in_days: 1 });

    for (const client of [a, token]) {
      expect((await client.get(`/api/v1/time-entries/${mine.id}`)).statusCode).toBe(200); // the token works
      expect((await client.get(`/api/v1/time-entries/${theirs.id}`)).statusCode).toBe(404);
      expect((await client.put(`/api/v1/time-entries/${theirs.id}`, { notes: 'hijacked' })).statusCode).toBe(404);
      expect((await client.delete(`/api/v1/time-entries/${theirs.id}`)).statusCode).toBe(404);
      const list = await client.get(`/api/v1/time-entries?project_id=${project}`);
      expect(ids(list)).toContain(mine.id);
      expect(ids(list)).not.toContain(theirs.id);
      expect((await client.get(`/api/v1/time-entries?user_id=${b.userId}`)).json().pagination.total).toBe(0);
      // Nor can A write an entry into B's name.
      expect((await client.post('/api/v1/time-entries', { project_id: project, ...hour(11, 12), user_id: b.userId })).statusCode).toBe(403);
    }
    expect((await b.get(`/api/v1/time-entries/${theirs.id}`)).json()).toMatchObject({ notes: 'B’s', user_id: b.userId });
    const rows = await t.db.db.select().from(timeEntries).where(eq(timeEntries.userId, b.userId!));
    expect(rows).toHaveLength(1);

    // A read-only token cannot write, even the owner's own entries.
    const ro = await tokenClient(a, ['read:time_entries'], { name: 'ro', expires_in_days: 1 });
    const denied = await ro.put(`/api/v1/time-entries/${mine.id}`, { notes: 'x' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ required_scope: 'write:time_entries' });
  });

  it('Idempotency-Key: a repeat returns the first entry; concurrent repeats create one row', async () => {
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    const body = { project_id: project, ...hour(12, 9) };
    const first = await member.request('POST', '/api/v1/time-entries', body, { 'idempotency-key': 'import-42' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await member.request('POST', '/api/v1/time-entries', body, { 'idempotency-key': 'import-42' });
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    // Another user's identical key is another request.
    const other = await addMember(manager, project, 'edit_time_and_expenses');
    expect((await other.request('POST', '/api/v1/time-entries', body, { 'idempotency-key': 'import-42' })).statusCode).toBe(201);

    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        member.request('POST', '/api/v1/time-entries', { project_id: project, ...hour(12, 11) }, { 'idempotency-key': 'burst' }),
      ),
    );
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(9);
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    const rows = await t.db.db
      .select()
      .from(timeEntries)
      .where(and(eq(timeEntries.userId, member.userId!), isNotNull(timeEntries.idempotencyKey)));
    expect(rows).toHaveLength(2);

    const tooLong = await member.request('POST', '/api/v1/time-entries', body, { 'idempotency-key': 'k'.repeat(201) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0].path).toBe('headers.idempotency-key');
  });

  it('archived projects take no new entries and no changes (409)', async () => {
    const archived = await createProject(manager);
    const member = await addMember(manager, archived, 'edit_time_and_expenses');
    const entry = await logTime(member, archived, hour(13, 9));
    expect((await manager.delete(`/api/v1/projects/${archived}`)).statusCode).toBe(200);
    const res = await member.post('/api/v1/time-entries', { project_id: archived, ...hour(13, 11) });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('conflict');
    expect((await member.put(`/api/v1/time-entries/${entry.id}`, { notes: 'x' })).statusCode).toBe(409);
    expect((await member.delete(`/api/v1/time-entries/${entry.id}`)).statusCode).toBe(409);
    expect((await member.get(`/api/v1/time-entries/${entry.id}`)).statusCode).toBe(200);
    // Moving an entry onto an archived project is refused too.
    const open = await logTime(await addMember(manager, project, 'edit_time_and_expenses'), project, hour(13, 9));
    expect((await manager.put(`/api/v1/time-entries/${open.id}`, { project_id: archived })).statusCode).toBe(409);
  });

  it('bad input is 400 with field errors, never 5xx', async () => {
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    const entry = await logTime(member, project, hour(14, 9));
    const base = { project_id: project, start_time: '2026-03-14T09:00:00Z' };
    const cases: [string, unknown, string][] = [
      ['end before start', { ...base, end_time: '2026-03-14T08:00:00Z' }, 'body.end_time'],
      ['end equals start', { ...base, end_time: '2026-03-14T09:00:00.900Z' }, 'body.end_time'],
      ['zero duration', { ...base, duration_seconds: 0 }, 'body.duration_seconds'],
      ['negative duration', { ...base, duration_seconds: -60 }, 'body.duration_seconds'],
      ['fractional duration', { ...base, duration_seconds: 1.5 }, 'body.duration_seconds'],
      ['duration over 7 days', { ...base, duration_seconds: 7 * 86400 + 1 }, 'body.duration_seconds'],
      ['span over 7 days', { ...base, end_time: '2026-03-21T09:00:01Z' }, 'body.end_time'],
      ['end and duration disagree', { ...base, end_time: '2026-03-14T10:00:00Z', duration_seconds: 60 }, 'body.duration_seconds'],
      ['no end (running entries come from the timer)', base, 'body.end_time'],
      ['impossible date', { ...base, start_time: '2026-02-30T09:00:00Z', duration_seconds: 60 }, 'body.start_time'],
      ['leap second', { ...base, start_time: '2026-03-14T23:59:60Z', duration_seconds: 60 }, 'body.start_time'],
      ['no time zone', { ...base, start_time: '2026-03-14T09:00:00', duration_seconds: 60 }, 'body.start_time'],
      ['year 1999', { ...base, start_time: '1999-12-31T09:00:00Z', duration_seconds: 60 }, 'body.start_time'],
      ['year 2101', { ...base, start_time: '2101-01-01T09:00:00Z', duration_seconds: 60 }, 'body.start_time'],
      ['ending after 2100', { ...base, start_time: '2100-12-31T23:00:00Z', duration_seconds: 7200 }, 'body.duration_seconds'],
      ['unknown field', { ...base, duration_seconds: 60, approved: true }, 'body.approved'],
      ['notes over 5000', { ...base, duration_seconds: 60, notes: 'x'.repeat(5001) }, 'body.notes'],
      ['project id zero', { ...base, duration_seconds: 60, project_id: 0 }, 'body.project_id'],
      ['project id text', { ...base, duration_seconds: 60, project_id: '1' }, 'body.project_id'],
      // Without a start, only a length alone makes an entry (it ends now; see the D6 tests).
      ['missing start', { project_id: project, end_time: '2026-03-14T10:00:00Z' }, 'body.start_time'],
      ['nothing but the project', { project_id: project }, 'body.start_time'],
      ['unreadable duration', { ...base, duration: 'soon' }, 'body.duration'],
      ['duration over 24 h', { ...base, duration: '25h' }, 'body.duration'],
      ['empty duration', { ...base, duration: '' }, 'body.duration'],
      ['duration and duration_seconds disagree', { ...base, duration: '1h', duration_seconds: 60 }, 'body.duration'],
      ['duration and end disagree', { ...base, duration: '1h', end_time: '2026-03-14T09:30:00Z' }, 'body.duration'],
    ];
    for (const [name, body, path] of cases) {
      const res = await member.post('/api/v1/time-entries', body);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
      expect(res.json().code, name).toBe('validation_error');
      expect(
        res.json().errors.map((e: { path: string }) => e.path),
        name,
      ).toContain(path);
    }
    const updates: [string, unknown, string][] = [
      ['empty update', {}, 'body'],
      ['end before start', { end_time: '2026-03-14T08:00:00Z' }, 'body.end_time'],
      ['start after end', { start_time: '2026-03-14T10:00:00Z' }, 'body.end_time'],
      ['user change', { user_id: member.userId }, 'body.user_id'],
      ['notes over 5000', { notes: 'x'.repeat(5001) }, 'body.notes'],
    ];
    for (const [name, body, path] of updates) {
      const res = await member.put(`/api/v1/time-entries/${entry.id}`, body);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
      expect(
        res.json().errors.map((e: { path: string }) => e.path),
        name,
      ).toContain(path);
    }
    const queries: [string, string | null][] = [
      ['end_date=2026-03-01&start_date=2026-03-02', 'querystring.end_date'],
      ['start_date=2026-02-30', 'querystring.start_date'],
      ['start_date=2026-3-1', 'querystring.start_date'],
      ['per_page=101', 'querystring.per_page'],
      ['page=0', 'querystring.page'],
      ['user_id=abc', 'querystring.user_id'],
      ['colour=red', 'querystring.colour'],
      ['page=999', null], // past the last page: 400 bad_request
    ];
    for (const [query, path] of queries) {
      const res = await member.get(`/api/v1/time-entries?${query}`);
      expect(res.statusCode, `${query}: ${res.body}`).toBe(400);
      if (path)
        expect(
          res.json().errors.map((e: { path: string }) => e.path),
          query,
        ).toContain(path);
    }
    expect((await member.get('/api/v1/time-entries/0')).statusCode).toBe(400);
    expect((await member.get('/api/v1/time-entries/99999999999')).statusCode).toBe(400);
    const malformed = await member.request('POST', '/api/v1/time-entries', '{"project_id":', { 'content-type': 'application/json' });
    expect(malformed.statusCode).toBe(400);
    expect((await member.get(`/api/v1/time-entries/${entry.id}`)).json().duration_seconds).toBe(3600);
  });
});

describeEachDb('time entries overlapping some days (a calendar’s view)', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']);
  let project: number;
  beforeAll(async () => {
    project = await createProject(manager, { billable: false });
  });

  /** The ids `member` lists of their own entries for the days, in UTC (`extra`: more query). */
  async function listed(member: Client, first: string, last: string, extra = '') {
    const res = await member.get(`/api/v1/time-entries?user_id=${member.userId}&start_date=${first}&end_date=${last}&tz=UTC${extra}`);
    return ids(res).sort((a, b) => a - b);
  }

  it('a night’s work crossing midnight into the first day is listed with overlapping=true, and only then', async () => {
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    const night = await logTime(member, project, { start_time: '2026-05-03T22:00:00Z', end_time: '2026-05-04T02:00:00Z' });
    const inside = await logTime(member, project, { start_time: '2026-05-05T09:00:00Z', end_time: '2026-05-05T10:00:00Z' });
    // Ends as the first day begins: not on it.
    await logTime(member, project, { start_time: '2026-05-03T23:00:00Z', end_time: '2026-05-04T00:00:00Z' });
    // Starts after the last day.
    await logTime(member, project, { start_time: '2026-05-11T00:00:00Z', end_time: '2026-05-11T01:00:00Z' });

    expect(await listed(member, '2026-05-04', '2026-05-10')).toEqual([inside.id]);
    expect(await listed(member, '2026-05-04', '2026-05-10', '&overlapping=true')).toEqual([night.id, inside.id]);
    expect(await listed(member, '2026-05-04', '2026-05-10', '&overlapping=false')).toEqual([inside.id]);
  });

  it('an entry of several days is listed on its last day', async () => {
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    const long = await logTime(member, project, { start_time: '2026-04-27T00:00:00Z', end_time: '2026-04-30T12:00:00Z' });
    expect(await listed(member, '2026-04-30', '2026-04-30', '&overlapping=true')).toEqual([long.id]);
    expect(await listed(member, '2026-04-29', '2026-04-29', '&overlapping=true')).toEqual([long.id]);
    expect(await listed(member, '2026-05-01', '2026-05-01', '&overlapping=true')).toEqual([]);
  });

  it('a timer running since days ago is on every day up to today, not on days to come', async () => {
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    // A forgotten timer: started (as the API allows) and left running for days.
    const startTime = new Date(Date.now() - 3 * 24 * 3600_000);
    const [running] = await t.db.db
      .insert(timeEntries)
      .values({ userId: member.userId!, projectId: project, startTime, billable: false })
      .returning({ id: timeEntries.id });
    const day = (offset: number) => new Date(Date.now() + offset * 24 * 3600_000).toISOString().slice(0, 10);

    expect(await listed(member, day(0), day(0))).toEqual([]);
    expect(await listed(member, day(0), day(0), '&overlapping=true')).toEqual([running!.id]);
    expect(await listed(member, day(-1), day(-1), '&overlapping=true')).toEqual([running!.id]);
    expect(await listed(member, day(1), day(2), '&overlapping=true')).toEqual([]);
    expect(await listed(member, day(-5), day(-4), '&overlapping=true')).toEqual([]);
  });
});
