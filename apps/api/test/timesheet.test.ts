/**
 * The weekly timesheet (docs/api/timesheet.md) on PGlite and PostgreSQL: the grid in the caller's
 * days and week, PUT setting cell totals through manual entries only (idempotent, one transaction,
 * 409 naming a cell it may not lower), the copy of last week's rows, access and validation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLogs } from '../src/db/schema/index.js';
import { describeEachDb } from './helpers/app.js';
import { customRole, type Client, userWith } from './helpers/client.js';
import {
  addMember,
  createProject,
  createTask,
  entryAt,
  expectInvalid,
  expectStatus,
  join,
  logTime,
  requestApproval,
  tokenClient,
  useTestApp,
  useUser,
} from './helpers/fixtures.js';

const HOUR = 3600;
const from = entryAt;
const week = (...seconds: number[]) => [...seconds, ...Array<number>(7 - seconds.length).fill(0)];

interface Cell {
  date: string;
  seconds: number;
  entry_ids: number[];
  locked: boolean;
}
interface Sheet {
  week_start: string;
  days: string[];
  rows: { project: { id: number; name: string }; task: { id: number; name: string } | null; days: Cell[] }[];
  totals: { days: number[]; week: number };
}

describeEachDb('weekly timesheet', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']);
  let project: number;
  let other: number;

  beforeAll(async () => {
    project = await createProject(manager, { name: 'Alpha' });
    other = await createProject(manager, { name: 'Beta' });
  });

  /** A member of both projects whose own time settings are `settings`. */
  async function person(settings: Record<string, unknown> = {}): Promise<Client> {
    const user = await addMember(manager, project, 'edit_time_and_expenses');
    await join(manager, other, user, 'edit_time_and_expenses');
    if (Object.keys(settings).length > 0) expectStatus(await user.patch('/api/v1/users/me', settings), 200);
    return user;
  }
  const sheet = async (as: Client, day: string) => expectStatus(await as.get(`/api/v1/timesheet?week=${day}`), 200) as Sheet;
  const put = (as: Client, body: unknown) => as.put('/api/v1/timesheet', body);
  const entries = async (as: Client) =>
    (
      expectStatus(await as.get(`/api/v1/time-entries?user_id=${as.userId}&per_page=100`), 200) as {
        time_entries: { id: number; start_time: string; duration_seconds: number | null; task_id: number | null }[];
      }
    ).time_entries.sort((a, b) => a.id - b.id);

  describe('the grid', () => {
    it('a Tokyo user (week from Monday) sees an entry at 2 Nov 07:00 local on Monday 2 Nov; a UTC user on Sunday 1 Nov', async () => {
      const tokyo = await person({ time_zone: 'Asia/Tokyo', week_start: 'monday' });
      const utc = await person({ time_zone: 'UTC', week_start: 'monday' });
      // 2 Nov 07:00 in Tokyo is 1 Nov 22:00 UTC.
      const a = await logTime(tokyo, project, from('2026-11-01T22:00:00Z', 2));
      const b = await logTime(utc, project, from('2026-11-01T22:00:00Z', 2));

      const mine = await sheet(tokyo, '2026-11-05');
      expect(mine.week_start).toBe('2026-11-02');
      expect(mine.days).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08']);
      expect(mine.rows).toHaveLength(1);
      expect(mine.rows[0]!.project).toEqual({ id: project, name: 'Alpha' });
      expect(mine.rows[0]!.task).toBeNull();
      expect(mine.rows[0]!.days[0]).toEqual({ date: '2026-11-02', seconds: 2 * HOUR, entry_ids: [a.id], locked: false });
      expect(mine.totals).toEqual({ days: week(2 * HOUR), week: 2 * HOUR });

      // For the UTC user the entry is on Sunday 1 Nov: the week before their Monday week.
      expect((await sheet(utc, '2026-11-02')).rows).toEqual([]);
      const before = await sheet(utc, '2026-11-01');
      expect(before.week_start).toBe('2026-10-26');
      expect(before.rows[0]!.days[6]).toMatchObject({ date: '2026-11-01', seconds: 2 * HOUR, entry_ids: [b.id] });
    });

    it('week_start sunday: the week holding Wednesday 4 Nov starts on Sunday 1 Nov; monday: on 2 Nov', async () => {
      const sunday = await person({ time_zone: 'UTC', week_start: 'sunday' });
      const monday = await person({ time_zone: 'UTC', week_start: 'monday' });
      const e = await logTime(sunday, project, from('2026-11-01T09:00:00Z'));
      await logTime(monday, project, from('2026-11-01T09:00:00Z'));
      const s = await sheet(sunday, '2026-11-04');
      expect(s.week_start).toBe('2026-11-01');
      expect(s.rows[0]!.days[0]).toMatchObject({ date: '2026-11-01', seconds: HOUR, entry_ids: [e.id] });
      const m = await sheet(monday, '2026-11-04');
      expect(m.week_start).toBe('2026-11-02');
      expect(m.rows).toEqual([]);
    });

    it('rows are per project and task, sorted by name, with only the caller’s own entries; totals add up', async () => {
      const me = await person({ time_zone: 'UTC', week_start: 'monday' });
      const someone = await person({ time_zone: 'UTC', week_start: 'monday' });
      const task = await createTask(manager, project, { name: 'Design' });
      await logTime(me, other, from('2026-11-10T09:00:00Z'));
      await logTime(me, project, { ...from('2026-11-10T11:00:00Z'), task_id: task.id });
      await logTime(me, project, from('2026-11-11T09:00:00Z', 3));
      await logTime(me, project, from('2026-11-11T13:00:00Z'));
      await logTime(someone, project, from('2026-11-11T09:00:00Z'));
      const s = await sheet(me, '2026-11-09');
      expect(s.rows.map((r) => [r.project.name, r.task?.name ?? null])).toEqual([
        ['Alpha', null],
        ['Alpha', 'Design'],
        ['Beta', null],
      ]);
      expect(s.rows[0]!.days[2]).toMatchObject({ seconds: 4 * HOUR });
      expect(s.rows[0]!.days[2]!.entry_ids).toHaveLength(2);
      expect(s.rows[1]!.task).toEqual({ id: task.id, name: 'Design' });
      expect(s.totals).toEqual({ days: week(0, 2 * HOUR, 4 * HOUR), week: 6 * HOUR });
    });
  });

  describe('PUT /timesheet', () => {
    it('adds, lengthens, shortens and removes manual entries; the same PUT twice gives the same week and writes nothing', async () => {
      const me = await person({ time_zone: 'Asia/Tokyo', week_start: 'monday' });
      const first = await logTime(me, project, from('2026-11-17T00:00:00Z', 2)); // Tue 17 Nov 09:00 Tokyo
      const second = await logTime(me, project, from('2026-11-17T03:00:00Z', 1));
      const body = { week: '2026-11-18', rows: [{ project_id: project, days: [5400, 1800, 0, 0, 0, 0, 0] }] };
      const res = expectStatus(await put(me, body), 200) as Sheet;
      expect(res.totals.days).toEqual(week(5400, 1800));

      const after = await entries(me);
      // Monday: a new entry from the day's start in Tokyo (16 Nov 00:00 +09:00 = 15 Nov 15:00 UTC).
      const added = after.find((e) => e.id !== first.id && e.id !== second.id)!;
      expect(added).toMatchObject({ start_time: '2026-11-15T15:00:00.000Z', duration_seconds: 5400, task_id: null });
      // Tuesday: 3 h down to 30 min: the later entry goes, the earlier one is shortened.
      expect(after.map((e) => e.id)).not.toContain(second.id);
      expect(after.find((e) => e.id === first.id)!.duration_seconds).toBe(1800);

      const audits = () => t.app.db.$count(auditLogs);
      const before = await audits();
      const again = expectStatus(await put(me, body), 200) as Sheet;
      expect(again).toEqual(res);
      expect(await entries(me)).toEqual(after);
      expect(await audits()).toBe(before);

      // Lengthening the cell lengthens its latest manual entry; 0 removes the cell's entries.
      const longer = expectStatus(
        await put(me, { ...body, rows: [{ project_id: project, days: [7200, 0, 0, 0, 0, 0, 0] }] }),
        200,
      ) as Sheet;
      expect(longer.rows[0]!.days[0]).toMatchObject({ seconds: 7200, entry_ids: [added.id] });
      expect(longer.rows[0]!.days[1]).toMatchObject({ seconds: 0, entry_ids: [] });
      expect((await entries(me)).map((e) => e.id)).toEqual([added.id]);
    });

    it('rows left out are kept; a new row with a task creates entries of that task; a row given twice is 400', async () => {
      const me = await person({ time_zone: 'UTC', week_start: 'monday' });
      const task = await createTask(manager, other);
      const kept = await logTime(me, project, from('2026-11-23T09:00:00Z'));
      const res = expectStatus(
        await put(me, { week: '2026-11-23', rows: [{ project_id: other, task_id: task.id, days: week(0, 900) }] }),
        200,
      ) as Sheet;
      expect(res.rows.map((r) => [r.project.id, r.task?.id ?? null, r.days[0]!.seconds, r.days[1]!.seconds])).toEqual([
        [project, null, HOUR, 0],
        [other, task.id, 0, 900],
      ]);
      expect(res.rows[0]!.days[0]!.entry_ids).toEqual([kept.id]);
      const twice = { project_id: project, days: week(60) };
      expectInvalid(await put(me, { week: '2026-11-23', rows: [twice, twice] }), 'body.rows.1');
      // A task of another project is a 400 on the row's task_id.
      expectInvalid(
        await put(me, { week: '2026-11-23', rows: [{ project_id: project, task_id: task.id, days: week(60) }] }),
        'body.rows.0.task_id',
      );
    });

    it('a cell with an entry awaiting approval cannot drop below it: 409 naming the cell, and nothing of the request is written', async () => {
      const me = await person({ time_zone: 'UTC', week_start: 'monday' });
      const locked = await logTime(me, project, from('2026-11-03T09:00:00Z'));
      await requestApproval(me, locked.id);
      const loose = await logTime(me, project, from('2026-11-03T11:00:00Z'));
      expect((await sheet(me, '2026-11-03')).rows[0]!.days[1]).toMatchObject({ seconds: 2 * HOUR, locked: true });
      const entriesBefore = await entries(me);

      const res = await put(me, {
        week: '2026-11-03',
        rows: [
          { project_id: other, days: week(HOUR) },
          { project_id: project, days: week(0, 1800) },
        ],
      });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().cell).toEqual({ date: '2026-11-03', project_id: project, task_id: null });
      expect(res.json().time_entry_ids).toEqual([locked.id]);
      expect(res.json().message).toMatch(/2026-11-03/);
      expect(await entries(me)).toEqual(entriesBefore);

      // Down to the locked entry: only the manual one goes; above it, the cell grows.
      const ok = expectStatus(await put(me, { week: '2026-11-03', rows: [{ project_id: project, days: week(0, HOUR) }] }), 200) as Sheet;
      expect(ok.rows[0]!.days[1]).toMatchObject({ seconds: HOUR, entry_ids: [locked.id], locked: true });
      expect((await entries(me)).map((e) => e.id)).not.toContain(loose.id);
      const more = expectStatus(
        await put(me, { week: '2026-11-03', rows: [{ project_id: project, days: week(0, 2 * HOUR) }] }),
        200,
      ) as Sheet;
      expect(more.rows[0]!.days[1]!.entry_ids).toHaveLength(2);
      expect((await entries(me)).find((e) => e.id === locked.id)!.duration_seconds).toBe(HOUR);
    });

    it('a timer entry is never changed: lowering its cell is 409, raising it adds a manual entry', async () => {
      const me = await person({ time_zone: 'UTC', week_start: 'monday' });
      expectStatus(
        await me.post('/api/v1/timer/start', { project_id: project, start_time: new Date(Date.now() - 120_000).toISOString() }),
        201,
      );
      const stopped = expectStatus(await me.post('/api/v1/timer/stop'), 200) as {
        id: number;
        start_time: string;
        duration_seconds: number;
      };
      const day = stopped.start_time.slice(0, 10);
      const cell = (s: Sheet) => s.rows[0]!.days.find((c) => c.date === day)!;
      const grid = await sheet(me, day);
      expect(cell(grid)).toMatchObject({ seconds: stopped.duration_seconds, entry_ids: [stopped.id], locked: true });
      const index = grid.days.indexOf(day);
      const set = (seconds: number) =>
        put(me, { week: day, rows: [{ project_id: project, days: grid.days.map((_, i) => (i === index ? seconds : 0)) }] });

      const lower = await set(0);
      expect(lower.statusCode, lower.body).toBe(409);
      expect(lower.json().cell).toEqual({ date: day, project_id: project, task_id: null });
      const raised = expectStatus(await set(stopped.duration_seconds + 60), 200) as Sheet;
      expect(cell(raised).entry_ids).toHaveLength(2);
      const timer = (await entries(me)).find((e) => e.id === stopped.id)!;
      expect(timer).toMatchObject({ start_time: stopped.start_time, duration_seconds: stopped.duration_seconds });
    });

    it('an entry may not end in the future: a cell of next week is a 400 on the cell', async () => {
      const me = await person({ time_zone: 'UTC', week_start: 'monday' });
      const next = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
      expectInvalid(
        await put(me, { week: next, rows: [{ project_id: project, days: week(...Array<number>(7).fill(HOUR)) }] }),
        'body.rows.0.days.0',
      );
    });
  });

  describe('POST /timesheet/copy-previous-week', () => {
    it('adds last week’s project and task rows as empty rows, without hours, where the caller may still log time; nothing is stored', async () => {
      const me = await person({ time_zone: 'UTC', week_start: 'monday' });
      const task = await createTask(manager, project, { name: 'Build' });
      const archived = await createProject(manager);
      await join(manager, archived, me, 'edit_time_and_expenses');
      await logTime(me, project, { ...from('2026-10-13T09:00:00Z', 3), task_id: task.id });
      await logTime(me, other, from('2026-10-14T09:00:00Z'));
      await logTime(me, archived, from('2026-10-14T11:00:00Z'));
      expectStatus(await manager.put(`/api/v1/projects/${archived}`, { status: 'archived' }), 200);
      const kept = await logTime(me, other, from('2026-10-20T09:00:00Z'));

      const res = expectStatus(await me.post('/api/v1/timesheet/copy-previous-week', { week: '2026-10-22' }), 200) as Sheet;
      expect(res.week_start).toBe('2026-10-19');
      expect(res.rows.map((r) => [r.project.id, r.task?.id ?? null, r.days.map((d) => d.seconds)])).toEqual([
        [project, task.id, week()],
        [other, null, week(0, HOUR)],
      ]);
      expect(res.rows[1]!.days[1]!.entry_ids).toEqual([kept.id]);
      expect(res.totals.week).toBe(HOUR);
      expect((await sheet(me, '2026-10-22')).rows).toHaveLength(1);
    });
  });

  describe('access', () => {
    it('a token without the scope is 403 naming it; with it, the week', async () => {
      const me = await person();
      const writer = await tokenClient(me, ['write:time_entries']);
      const reader = await tokenClient(me, ['read:time_entries']);
      const other = await tokenClient(me, ['read:projects']);
      const noRead = await other.get('/api/v1/timesheet?week=2026-11-02');
      expect(noRead.statusCode).toBe(403);
      expect(noRead.json().required_scope).toBe('read:time_entries');
      for (const res of [
        await reader.put('/api/v1/timesheet', { week: '2026-11-02', rows: [] }),
        await reader.post('/api/v1/timesheet/copy-previous-week', { week: '2026-11-02' }),
      ]) {
        expect(res.statusCode).toBe(403);
        expect(res.json().required_scope).toBe('write:time_entries');
      }
      expectStatus(await reader.get('/api/v1/timesheet?week=2026-11-02'), 200);
      expectStatus(await writer.put('/api/v1/timesheet', { week: '2026-11-02', rows: [{ project_id: project, days: week(60) }] }), 200);
    });

    it('without the permission: 403 naming it, on every route', async () => {
      const nobody = await userWith(t.app, []);
      const refusals = [
        [await nobody.get('/api/v1/timesheet'), 'view_own_time_entries'],
        [await nobody.put('/api/v1/timesheet', { week: '2026-11-02', rows: [] }), 'create_time_entries'],
        [await nobody.post('/api/v1/timesheet/copy-previous-week', { week: '2026-11-02' }), 'create_time_entries'],
      ] as const;
      for (const [res, permission] of refusals) {
        expect(res.statusCode, res.body).toBe(403);
        expect(res.json().required_permission).toBe(permission);
      }
    });

    it('changing or removing an entry needs edit_own_time_entries / delete_own_time_entries, like PUT and DELETE /time-entries', async () => {
      await customRole(t.app, 'timesheet_creator', ['view_own_time_entries', 'create_time_entries']);
      const creator = await userWith(t.app, ['timesheet_creator']);
      await join(manager, project, creator, 'edit_time_and_expenses');
      const row = (seconds: number) => ({ week: '2026-11-09', rows: [{ project_id: project, days: week(seconds) }] });
      expectStatus(await put(creator, row(HOUR)), 200);
      const longer = await put(creator, row(2 * HOUR));
      expect(longer.statusCode).toBe(403);
      expect(longer.json().required_permission).toBe('edit_own_time_entries');
      const cleared = await put(creator, row(0));
      expect(cleared.statusCode).toBe(403);
      expect(cleared.json().required_permission).toBe('delete_own_time_entries');
    });

    it('a project the caller does not see is 404; one they see without the right to log time is 403 naming the level', async () => {
      const me = await person();
      const hidden = await createProject(manager);
      const viewOnly = await createProject(manager);
      await join(manager, viewOnly, me, 'view_tasks');
      const res = await put(me, { week: '2026-11-02', rows: [{ project_id: hidden, days: week(60) }] });
      expect(res.statusCode, res.body).toBe(404);
      const refused = await put(me, { week: '2026-11-02', rows: [{ project_id: viewOnly, days: week(60) }] });
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json().required_project_level).toBeTypeOf('string');
      expect(await entries(me)).toEqual([]);
    });
  });

  describe('validation', () => {
    const me = useUser(t, ['user']);
    it('seven days of 0 … 86400 seconds, a real week date', async () => {
      const row = (days: number[]) => ({ week: '2026-11-02', rows: [{ project_id: 1, days }] });
      expectInvalid(await put(me, row([1, 2, 3, 4, 5, 6])), 'body.rows.0.days');
      expectInvalid(await put(me, row([1, 2, 3, 4, 5, 6, 7, 8])), 'body.rows.0.days');
      expectInvalid(await put(me, row(week(86_401))), 'body.rows.0.days.0');
      expectInvalid(await put(me, row(week(-1))), 'body.rows.0.days.0');
      expectInvalid(await put(me, row(week(1.5))), 'body.rows.0.days.0');
      expectInvalid(await put(me, { rows: [] }), 'body.week');
      for (const bad of ['next-week', '2026-02-30', '1999-12-31']) {
        expect((await me.get(`/api/v1/timesheet?week=${bad}`)).statusCode, bad).toBe(400);
        expect((await put(me, { week: bad, rows: [] })).statusCode, bad).toBe(400);
        expect((await me.post('/api/v1/timesheet/copy-previous-week', { week: bad })).statusCode, bad).toBe(400);
      }
      expect((await me.get('/api/v1/timesheet?week=2026-11-02&extra=1')).statusCode).toBe(400);
    });
  });
});
