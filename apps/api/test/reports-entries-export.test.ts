/**
 * The entries export (GET /reports/entries/export, docs/api/reports.md) and renaming a saved
 * report (PATCH /reports/saved/{id}), on PGlite and PostgreSQL: the rows are the entries the
 * summary with the same filters counts (its hours add up to the summary's), days and offsets are
 * the caller's, cells are safe in a spreadsheet, amounts follow the summary's rule, and every
 * refusal (permission, another user, a project you cannot see, someone else's definition).
 */
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/app.js';
import { customRole, userWith, type Client } from './helpers/client.js';
import {
  addMember,
  createClient,
  createProject,
  entryAt,
  expectInvalid,
  expectStatus,
  join,
  logTime,
  useTestApp,
  useUser,
} from './helpers/fixtures.js';
import { dangerousFields, parseCsv } from './helpers/spreadsheet.js';

const from = (start: string, hours: number, extra: Record<string, unknown> = {}) => entryAt(start, hours, { billable: true, ...extra });

/** The CSV as records of named cells. */
function rowsOf(text: string): Record<string, string>[] {
  const [header, ...records] = parseCsv(text);
  return records.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

describeEachDb('reports: the entries export and renaming saved reports', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']);

  async function exportOf(as: Client, query: string) {
    return as.get(`/api/v1/reports/entries/export?${query}`);
  }

  it('writes the summary’s entries with the caller’s days and offsets, amounts, and cells safe in a spreadsheet', async () => {
    const client = await createClient(manager, { name: '=HYPERLINK("x")' });
    const project = await createProject(manager, { client_id: client.id, hourly_rate: 100, currency: 'EUR', billable: true });
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    expectStatus(await manager.patch('/api/v1/users/me', { time_zone: 'Asia/Tokyo' }), 200);
    // 1 Dec 22:00 UTC is 2 Dec 07:00 in Tokyo.
    const early = await logTime(member, project, from('2026-12-01T22:00:00Z', 1.5, { notes: 'Uma;=cmd|/C calc!A0' }));
    const late = await logTime(manager, project, from('2026-12-02T03:00:00Z', 0.25, { billable: false }));
    await logTime(manager, project, from('2026-12-02T16:00:00Z', 1)); // 3 Dec 01:00 in Tokyo: outside

    const res = await exportOf(manager, `start_date=2026-12-02&end_date=2026-12-02&project_id=${project}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="timekeeper-entries-2026-12-02-2026-12-02.csv"');
    expect(dangerousFields(res.body)).toEqual([]);
    const rows = rowsOf(res.body);
    expect(rows.map((r) => Number(r.id))).toEqual([early.id, late.id]);
    expect(rows[0]).toMatchObject({
      date: '2026-12-02',
      start: '2026-12-02T07:00:00+09:00',
      end: '2026-12-02T08:30:00+09:00',
      hours: '1.50',
      billable: 'yes',
      user: expect.stringMatching(/\S/),
      notes: "Uma;'=cmd|/C calc!A0",
      amount: '150.00',
      currency: 'EUR',
    });
    expect(rows[0]!.client).toBe(`'=HYPERLINK("x")`);
    expect(rows[1]).toMatchObject({ hours: '0.25', billable: 'no', amount: '0.00' });
    expect(rows[1]!.user).not.toBe(rows[0]!.user);

    // The summary with the same filters counts the same hours.
    const summary = expectStatus(
      await manager.get(`/api/v1/reports/summary?start_date=2026-12-02&end_date=2026-12-02&project_id=${project}`),
      200,
    ) as { totals: { duration_seconds: number; entries: number } };
    expect(summary.totals.entries).toBe(rows.length);
    expect(rows.reduce((s, r) => s + Number(r.hours), 0)).toBeCloseTo(summary.totals.duration_seconds / 3600, 2);

    // ?tz= moves the days: 2 Dec in UTC holds the two later entries.
    const utc = rowsOf((await exportOf(manager, `start_date=2026-12-02&end_date=2026-12-02&project_id=${project}&tz=UTC`)).body);
    expect(utc.map((r) => r.start)).toEqual(['2026-12-02T03:00:00+00:00', '2026-12-02T16:00:00+00:00']);
  });

  it('without view_all_reports only your own entries, no amounts without the financials; other users are 403, hidden projects 404', async () => {
    await customRole(t.app, 'entries_exporter', ['export_reports']);
    const project = await createProject(manager, { hourly_rate: 80, currency: 'EUR', billable: true });
    const exporter = await userWith(t.app, ['user', 'entries_exporter']);
    await join(manager, project, exporter, 'edit_time_and_expenses');
    const own = await logTime(exporter, project, from('2026-11-10T09:00:00Z', 2));
    await logTime(manager, project, from('2026-11-10T10:00:00Z', 1));

    const res = await exportOf(exporter, 'start_date=2026-11-01&end_date=2026-11-30');
    expect(res.statusCode, res.body).toBe(200);
    const rows = rowsOf(res.body);
    expect(rows.map((r) => Number(r.id))).toEqual([own.id]);
    expect(parseCsv(res.body)[0]).not.toContain('amount');

    const other = await exportOf(exporter, `start_date=2026-11-01&end_date=2026-11-30&user_id=${manager.userId}`);
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ required_permission: 'view_all_reports' });
    const hidden = await createProject(manager, {});
    expect((await exportOf(exporter, `start_date=2026-11-01&end_date=2026-11-30&project_id=${hidden}`)).statusCode).toBe(404);
  });

  it('needs export_reports; the dates are required and checked like the summary’s', async () => {
    const user = await userWith(t.app, ['user']);
    const denied = await exportOf(user, 'start_date=2026-11-01&end_date=2026-11-30');
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ required_permission: 'export_reports' });
    expect((await exportOf(manager, 'start_date=2026-11-01')).statusCode).toBe(400);
    expectInvalid(await exportOf(manager, 'start_date=2026-11-30&end_date=2026-11-01'), 'querystring.end_date');
    expectInvalid(await exportOf(manager, 'start_date=2026-11-01&end_date=2026-11-30&group_by=day'), 'querystring.group_by');
    expectInvalid(await exportOf(manager, 'start_date=2026-11-01&end_date=2026-11-30&tz=Mars/Olympus'), 'querystring.tz');
  });

  it('renames your own saved report; someone else’s is 404, a blank name 400, and renaming needs create_saved_reports', async () => {
    const saved = expectStatus(await manager.post('/api/v1/reports/saved', { name: 'March', params: { group_by: 'day' } }), 201) as {
      id: number;
      params: unknown;
    };
    const renamed = await manager.patch(`/api/v1/reports/saved/${saved.id}`, { name: '  March by day  ' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ id: saved.id, name: 'March by day', params: saved.params });
    const list = expectStatus(await manager.get('/api/v1/reports/saved'), 200) as { saved_reports: { id: number; name: string }[] };
    expect(list.saved_reports.find((r) => r.id === saved.id)?.name).toBe('March by day');

    const otherManager = await userWith(t.app, ['manager']);
    expect((await otherManager.patch(`/api/v1/reports/saved/${saved.id}`, { name: 'Mine now' })).statusCode).toBe(404);
    expect((await otherManager.patch('/api/v1/reports/saved/999999', { name: 'x' })).statusCode).toBe(404);
    expectInvalid(await manager.patch(`/api/v1/reports/saved/${saved.id}`, { name: '   ' }), 'body.name');
    expect((await manager.patch(`/api/v1/reports/saved/${saved.id}`, { name: 'x', params: { group_by: 'day' } })).statusCode).toBe(400);
    const user = await userWith(t.app, ['user']);
    const denied = await user.patch(`/api/v1/reports/saved/${saved.id}`, { name: 'x' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ required_permission: 'create_saved_reports' });
  });
});
