/**
 * Reports (docs/api/reports.md): summaries checked against an independent model computed here from
 * the rows the test inserts, data scope (own vs view_all_reports), financial amounts, CSV export,
 * saved definitions with BOLA, and bad input — on PGlite and PostgreSQL.
 *
 * Entries are inserted with drizzle (the time-entry endpoints belong to another module); each
 * month holds its own fixed dataset so tests never see each other's rows:
 *   March 2026 — the main dataset (EUR projects created by the manager), with UTC day boundaries;
 *   April 2026 — mixed currencies (a USD project created by an admin);
 *   May 2026   — a member with view_financials on one project only.
 */
import type { ProjectLevel } from '@timekeeper/shared';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { clients, timeEntries } from '../src/db/schema/index.js';
import { describeEachDb } from './helpers/app.js';
import { anonymous, type Client, customRole, userWith } from './helpers/client.js';
import { createProject, join, tokenClient, useTestApp } from './helpers/fixtures.js';
import { parseCsv } from './helpers/spreadsheet.js';

type GroupBy = 'project' | 'user' | 'day' | 'client';
const GROUP_BYS: GroupBy[] = ['project', 'user', 'day', 'client'];

interface Row {
  userId: number;
  projectId: number;
  start: Date;
  end: Date | null;
  duration: number | null;
  billable: boolean;
}
interface ProjectInfo {
  name: string;
  rate: number | null;
  currency: string;
  clientId: number | null;
}
interface World {
  projects: Map<number, ProjectInfo>;
  /** A member's own hourly rate on a project (`projectId:userId`), which prices their hours there. */
  memberRates: Map<string, number>;
  clientNames: Map<number, string>;
  userNames: Map<number, string>;
  rows: Row[];
}
interface Filter {
  start: string;
  end: string;
  userId?: number;
  projectId?: number;
  billable?: boolean;
}
interface ModelGroup {
  key: number | string | null;
  label: string;
  duration_seconds: number;
  billable_seconds: number;
  entries: number;
  /** Sum of billable seconds × integer rate, per currency (cents = round(x / 36)). */
  rated: Map<string, number>;
}

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/** The reference model: plain loops over the inserted rows, nothing shared with the service. */
function model(world: World, f: Filter, groupBy: GroupBy) {
  const covered = world.rows.filter(
    (r) =>
      r.end !== null &&
      utcDay(r.start) >= f.start &&
      utcDay(r.start) <= f.end &&
      (f.userId === undefined || r.userId === f.userId) &&
      (f.projectId === undefined || r.projectId === f.projectId) &&
      (f.billable === undefined || r.billable === f.billable),
  );
  const groups = new Map<string, ModelGroup>();
  const totals: ModelGroup = { key: null, label: '', duration_seconds: 0, billable_seconds: 0, entries: 0, rated: new Map() };
  for (const r of covered) {
    const project = world.projects.get(r.projectId)!;
    let key: number | string | null;
    let label: string;
    if (groupBy === 'project') [key, label] = [r.projectId, project.name];
    else if (groupBy === 'user') [key, label] = [r.userId, world.userNames.get(r.userId)!];
    else if (groupBy === 'day') [key, label] = [utcDay(r.start), utcDay(r.start)];
    else [key, label] = project.clientId === null ? [null, 'No client'] : [project.clientId, world.clientNames.get(project.clientId)!];
    const g = groups.get(String(key)) ?? { key, label, duration_seconds: 0, billable_seconds: 0, entries: 0, rated: new Map() };
    groups.set(String(key), g);
    for (const target of [g, totals]) {
      target.duration_seconds += r.duration!;
      target.entries += 1;
      if (r.billable) target.billable_seconds += r.duration!;
      const rate = world.memberRates.get(`${r.projectId}:${r.userId}`) ?? project.rate ?? 0;
      target.rated.set(project.currency, (target.rated.get(project.currency) ?? 0) + (r.billable ? r.duration! * rate : 0));
    }
  }
  return { groups: [...groups.values()], totals };
}

const cents = (rated: number) => Math.round(rated / 36) / 100;
const figures = (g: { key?: unknown; label?: unknown; duration_seconds: number; billable_seconds: number; entries: number }) => ({
  key: g.key,
  label: g.label,
  duration_seconds: g.duration_seconds,
  billable_seconds: g.billable_seconds,
  entries: g.entries,
});
const counts = (g: { duration_seconds: number; billable_seconds: number; entries: number }) => ({
  duration_seconds: g.duration_seconds,
  billable_seconds: g.billable_seconds,
  entries: g.entries,
});
const byKey = <T extends { key: unknown }>(list: T[]) => [...list].sort((a, b) => String(a.key).localeCompare(String(b.key)));

const summaryUrl = (q: Record<string, string | number | boolean>, path = '/api/v1/reports/summary') =>
  `${path}?${new URLSearchParams(Object.entries(q).map(([k, v]): [string, string] => [k, String(v)])).toString()}`;

describeEachDb('reports', (kind) => {
  const t = useTestApp(kind);
  let app: FastifyInstance;
  let manager: Client, admin: Client, alice: Client, bob: Client, carol: Client, viewer: Client;
  /** Sees every project and everyone's time, and the financials of the March projects only (a member there). */
  let overseer: Client;
  const world: World = { projects: new Map(), memberRates: new Map(), clientNames: new Map(), userNames: new Map(), rows: [] };
  const p = {} as Record<'website' | 'formula' | 'at' | 'dash' | 'global', number>;
  let acme: number, plusCorp: number;

  async function project(owner: Client, body: { name: string; hourly_rate: number | null; currency: string; client_id?: number }) {
    const id = await createProject(owner, body);
    world.projects.set(id, { name: body.name, rate: body.hourly_rate, currency: body.currency, clientId: body.client_id ?? null });
    return id;
  }
  async function member(owner: Client, projectId: number, user: Client, level: ProjectLevel, hourlyRate?: number) {
    await join(owner, projectId, user, level, hourlyRate !== undefined ? { hourly_rate: hourlyRate } : {});
    if (hourlyRate !== undefined) world.memberRates.set(`${projectId}:${user.userId}`, hourlyRate);
  }
  async function entry(user: Client, projectId: number, start: string, seconds: number | null, billable = true) {
    const startTime = new Date(start);
    const endTime = seconds === null ? null : new Date(startTime.getTime() + seconds * 1000);
    await t.db.db.insert(timeEntries).values({ userId: user.userId!, projectId, startTime, endTime, durationSeconds: seconds, billable });
    world.rows.push({ userId: user.userId!, projectId, start: startTime, end: endTime, duration: seconds, billable });
  }
  /** A custom role: export and save, but not view_all_reports (created once per app). */
  let exporter: Promise<string> | null = null;
  const exporterRole = () =>
    (exporter ??= customRole(app, 'report_exporter', ['export_reports', 'create_saved_reports']).then(() => 'report_exporter'));

  async function person(roles: string[], name: string) {
    const c = await userWith(app, roles, name);
    world.userNames.set(c.userId!, name);
    return c;
  }

  beforeAll(async () => {
    app = t.app;
    // Days are UTC days whatever the database session's time zone: run far from UTC (UTC+14) so a
    // query that forgets it fails. PGlite has one connection; on PostgreSQL the setting reaches the
    // current connection and every one opened later.
    await t.db.db.execute(
      sql`do $$ begin execute format('alter database %I set timezone to %L', current_database(), 'Pacific/Kiritimati'); end $$`,
    );
    await t.db.db.execute(sql`set time zone 'Pacific/Kiritimati'`);
    manager = await person(['manager'], 'manny');
    admin = await person(['admin'], 'ada');
    alice = await person(['user'], 'alice');
    bob = await person(['user'], 'bob');
    carol = await person(['user'], 'carol');
    viewer = await person(['viewer'], 'vic');
    await customRole(app, 'team_overseer', ['view_all_reports', 'export_reports', 'view_all_projects', 'view_all_time_entries']);
    overseer = await person(['team_overseer'], 'owen');

    // Clients go straight into the table: their endpoints are another module's.
    [{ id: acme }] = (await t.db.db.insert(clients).values({ name: 'Acme, Inc.' }).returning({ id: clients.id })) as [{ id: number }];
    [{ id: plusCorp }] = (await t.db.db.insert(clients).values({ name: '+Plus\nCorp' }).returning({ id: clients.id })) as [{ id: number }];
    world.clientNames.set(acme, 'Acme, Inc.').set(plusCorp, '+Plus\nCorp');

    // Labels that need CSV quoting or the formula guard.
    p.website = await project(manager, { name: 'Website, "Redesign"', hourly_rate: 100, currency: 'EUR', client_id: acme });
    p.formula = await project(manager, { name: '=SUM(A1)', hourly_rate: 90, currency: 'EUR' });
    p.at = await project(manager, { name: '@cmd', hourly_rate: null, currency: 'EUR', client_id: plusCorp });
    p.dash = await project(manager, { name: '-dash project', hourly_rate: 60, currency: 'EUR' });
    p.global = await project(admin, { name: 'Global', hourly_rate: 50, currency: 'USD', client_id: acme });

    // Member rates price their hours over the project rate, as on invoices: alice on -dash, bob on
    // the website.
    for (const id of [p.website, p.formula, p.at]) await member(manager, id, alice, 'edit_time_and_expenses');
    await member(manager, p.dash, alice, 'edit_time_and_expenses', 40);
    await member(manager, p.website, bob, 'edit_time_and_expenses', 120);
    await member(manager, p.website, carol, 'view_financials');
    await member(manager, p.formula, carol, 'edit_time_and_expenses');
    await member(admin, p.global, alice, 'edit_time_and_expenses');
    for (const id of [p.website, p.formula, p.at, p.dash]) await member(manager, id, overseer, 'view_financials');

    // March: UTC day boundaries on both ends and in the middle.
    await entry(alice, p.website, '2026-03-01T23:30:00Z', 3600); // crosses midnight: counts on 03-01
    await entry(alice, p.formula, '2026-03-02T00:00:00Z', 1800);
    await entry(alice, p.at, '2026-03-02T10:00:00Z', 7200, false);
    await entry(alice, p.dash, '2026-03-10T09:00:00Z', 5400);
    await entry(bob, p.website, '2026-03-02T08:00:00Z', 3600);
    await entry(bob, p.website, '2026-03-15T12:00:00Z', 900, false);
    await entry(manager, p.formula, '2026-03-31T23:59:59Z', 601); // last second of the range
    await entry(carol, p.website, '2026-03-20T10:00:00Z', 2700);
    await entry(alice, p.website, '2026-03-05T10:00:00Z', null); // running timer: never counted
    await entry(alice, p.website, '2026-02-28T23:59:59Z', 600); // the second before March
    // April: the first second after March, and a second currency.
    await entry(bob, p.website, '2026-04-01T00:00:00Z', 600);
    await entry(alice, p.global, '2026-04-01T10:00:00Z', 3600);
    await entry(alice, p.global, '2026-04-02T10:00:00Z', 1800);
    await entry(alice, p.website, '2026-04-02T12:00:00Z', 3600);
    await entry(alice, p.global, '2026-04-03T10:00:00Z', 1200);
    // May: carol on a project where she sees financials and one where she does not.
    await entry(carol, p.website, '2026-05-04T10:00:00Z', 3600);
    await entry(carol, p.formula, '2026-05-05T10:00:00Z', 1800);
  });

  const MARCH = { start: '2026-03-01', end: '2026-03-31' };
  const APRIL = { start: '2026-04-01', end: '2026-04-30' };
  const summary = async (who: Client, q: Record<string, string | number | boolean>) => {
    const res = await who.get(summaryUrl(q));
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  describe('summary figures', () => {
    for (const groupBy of GROUP_BYS) {
      it(`group_by=${groupBy}: groups and totals equal the entries they cover (all users, view_all_reports)`, async () => {
        const body = await summary(manager, { start_date: MARCH.start, end_date: MARCH.end, group_by: groupBy });
        const expected = model(world, MARCH, groupBy);
        expect(expected.totals.entries).toBe(8); // the dataset itself: boundaries and the running timer excluded
        expect(body).toMatchObject({ start_date: MARCH.start, end_date: MARCH.end, group_by: groupBy });
        expect(byKey(body.groups.map(figures))).toEqual(byKey(expected.groups.map(figures)));
        expect(counts(body.totals)).toEqual(counts(expected.totals));
        // The totals are the sum of the groups.
        const sum = (field: 'duration_seconds' | 'billable_seconds' | 'entries') =>
          body.groups.reduce((s: number, g: Record<string, number>) => s + g[field]!, 0);
        expect([sum('duration_seconds'), sum('billable_seconds'), sum('entries')]).toEqual([
          body.totals.duration_seconds,
          body.totals.billable_seconds,
          body.totals.entries,
        ]);
      });
    }

    it('days are UTC days of start_time, both ends included', async () => {
      const body = await summary(manager, { start_date: MARCH.start, end_date: MARCH.end, group_by: 'day' });
      const day = (d: string) => body.groups.find((g: { key: string }) => g.key === d);
      expect(day('2026-03-01')).toMatchObject({ label: '2026-03-01', duration_seconds: 3600, entries: 1 });
      expect(day('2026-03-02')).toMatchObject({ duration_seconds: 1800 + 7200 + 3600, billable_seconds: 1800 + 3600, entries: 3 });
      expect(day('2026-03-31')).toMatchObject({ duration_seconds: 601, entries: 1 });
      expect(day('2026-02-28')).toBeUndefined();
      const lastDay = await summary(manager, { start_date: '2026-03-31', end_date: '2026-03-31', group_by: 'day' });
      expect(lastDay.totals).toMatchObject({ duration_seconds: 601, entries: 1 });
      const firstOfApril = await summary(manager, { start_date: '2026-04-01', end_date: '2026-04-01', group_by: 'user' });
      expect(counts(firstOfApril.totals)).toEqual(counts(model(world, { start: '2026-04-01', end: '2026-04-01' }, 'user').totals));
      expect(firstOfApril.totals.entries).toBe(2);
    });

    it('orders days ascending and other groupings by duration descending', async () => {
      const days = (await summary(manager, { start_date: MARCH.start, end_date: MARCH.end, group_by: 'day' })).groups.map(
        (g: { key: string }) => g.key,
      );
      expect(days).toEqual([...days].sort());
      expect(days[0]).toBe('2026-03-01');
      for (const groupBy of ['project', 'user', 'client'] as const) {
        const durations = (await summary(manager, { start_date: MARCH.start, end_date: MARCH.end, group_by: groupBy })).groups.map(
          (g: { duration_seconds: number }) => g.duration_seconds,
        );
        expect(durations, groupBy).toEqual([...durations].sort((a, b) => b - a));
      }
    });

    it('labels: project and user names, client names, "No client" with a null key', async () => {
      const byClient = await summary(manager, { start_date: MARCH.start, end_date: MARCH.end, group_by: 'client' });
      expect(byClient.groups).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ key: null, label: 'No client' }),
          expect.objectContaining({ key: acme, label: 'Acme, Inc.' }),
          expect.objectContaining({ key: plusCorp, label: '+Plus\nCorp' }),
        ]),
      );
      const byUser = await summary(manager, { start_date: MARCH.start, end_date: MARCH.end, group_by: 'user' });
      expect(byUser.groups).toEqual(expect.arrayContaining([expect.objectContaining({ key: alice.userId, label: 'alice' })]));
    });

    it('filters by project and by billable', async () => {
      for (const f of [{ projectId: p.website }, { billable: false }, { billable: true, projectId: p.website }]) {
        const q = {
          start_date: MARCH.start,
          end_date: MARCH.end,
          group_by: 'user',
          ...(f.projectId ? { project_id: f.projectId } : {}),
          ...(f.billable !== undefined ? { billable: f.billable } : {}),
        };
        const body = await summary(manager, q);
        const expected = model(world, { ...MARCH, ...f }, 'user');
        expect(byKey(body.groups.map(figures)), JSON.stringify(f)).toEqual(byKey(expected.groups.map(figures)));
        expect(body.totals.entries).toBe(expected.totals.entries);
      }
    });
  });

  describe('data scope', () => {
    it('a user sees only their own entries; a manager sees everyone', async () => {
      const own = await summary(alice, { start_date: MARCH.start, end_date: MARCH.end, group_by: 'user' });
      expect(own.groups.map(figures)).toEqual(model(world, { ...MARCH, userId: alice.userId! }, 'user').groups.map(figures));
      expect(own.groups.map((g: { key: number }) => g.key)).toEqual([alice.userId]);
      const all = await summary(manager, { start_date: MARCH.start, end_date: MARCH.end, group_by: 'user' });
      expect(all.groups.map((g: { key: number }) => g.key).sort()).toEqual([alice.userId, bob.userId, carol.userId, manager.userId].sort());
      const byProject = await summary(bob, { start_date: MARCH.start, end_date: MARCH.end, group_by: 'project' });
      expect(counts(byProject.totals)).toEqual(counts(model(world, { ...MARCH, userId: bob.userId! }, 'project').totals));
    });

    it('user_id: yourself is fine, someone else needs view_all_reports (403), a manager may', async () => {
      expect((await summary(alice, { start_date: MARCH.start, end_date: MARCH.end, user_id: alice.userId! })).totals.entries).toBe(4);
      const denied = await alice.get(summaryUrl({ start_date: MARCH.start, end_date: MARCH.end, user_id: bob.userId! }));
      expect(denied.statusCode).toBe(403);
      expect(denied.json()).toMatchObject({
        code: 'forbidden',
        error: 'Insufficient permissions',
        required_permission: 'view_all_reports',
      });
      const bobs = await summary(manager, { start_date: MARCH.start, end_date: MARCH.end, user_id: bob.userId!, group_by: 'day' });
      expect(bobs.groups.map(figures)).toEqual(model(world, { ...MARCH, userId: bob.userId! }, 'day').groups.map(figures));
    });

    it('project_id of a project the caller cannot see is 404', async () => {
      const invisible = await bob.get(summaryUrl({ start_date: MARCH.start, end_date: MARCH.end, project_id: p.formula }));
      expect(invisible.statusCode).toBe(404);
      expect(invisible.json()).toMatchObject({ code: 'not_found' });
      expect((await manager.get(summaryUrl({ start_date: MARCH.start, end_date: MARCH.end, project_id: 999_999 }))).statusCode).toBe(404);
      expect((await summary(bob, { start_date: MARCH.start, end_date: MARCH.end, project_id: p.website })).totals.entries).toBe(2);
    });

    it('a viewer gets an empty report of their own (no entries, no amounts)', async () => {
      const body = await summary(viewer, { start_date: MARCH.start, end_date: MARCH.end });
      expect(body).toMatchObject({ groups: [], totals: { duration_seconds: 0, billable_seconds: 0, entries: 0 }, amounts_included: false });
      expect(body.totals).not.toHaveProperty('amount');
    });
  });

  describe('amounts', () => {
    it('the creator of every project in the result (project admin ⇒ view_financials) gets amounts', async () => {
      const body = await summary(manager, { start_date: MARCH.start, end_date: MARCH.end, group_by: 'project' });
      const expected = model(world, MARCH, 'project');
      expect(body.amounts_included).toBe(true);
      expect(body.message).toBeUndefined();
      expect(body.totals).toMatchObject({ amount: cents(expected.totals.rated.get('EUR')!), currency: 'EUR' });
      for (const g of expected.groups) {
        expect(
          body.groups.find((b: { key: number }) => b.key === g.key),
          String(g.key),
        ).toMatchObject({ amount: cents(g.rated.get('EUR')!), currency: 'EUR' });
      }
      // Spot-check the model itself: website = alice 3600 s × 100/h + bob 3600 s at his 120/h +
      // carol 2700 s × 100/h; -dash = alice 5400 s at her 40/h, not the project's 60.
      expect(body.groups.find((b: { key: number }) => b.key === p.website).amount).toBe(295);
      expect(body.groups.find((b: { key: number }) => b.key === p.dash).amount).toBe(60);
      expect(body.groups.find((b: { key: number }) => b.key === p.at).amount).toBe(0); // no rate
    });

    it('a user with only edit_time_and_expenses gets no amount fields', async () => {
      for (const groupBy of GROUP_BYS) {
        const body = await summary(alice, { start_date: MARCH.start, end_date: MARCH.end, group_by: groupBy });
        expect(body.amounts_included).toBe(false);
        expect(typeof body.message).toBe('string');
        expect(body.totals).not.toHaveProperty('amount');
        expect(body.totals).not.toHaveProperty('currency');
        for (const g of body.groups) expect(g).not.toHaveProperty('amount');
        expect(body.groups.length).toBeGreaterThan(0);
      }
    });

    it('a project-level view_financials counts project by project', async () => {
      const march = await summary(carol, { start_date: MARCH.start, end_date: MARCH.end });
      expect(march).toMatchObject({ amounts_included: true, totals: { amount: 75, currency: 'EUR', entries: 1 } });
      const may = await summary(carol, { start_date: '2026-05-01', end_date: '2026-05-31' });
      expect(may.totals.entries).toBe(2);
      expect(may.amounts_included).toBe(false);
      expect(may.totals).not.toHaveProperty('amount');
      expect(may.groups.every((g: object) => !('amount' in g))).toBe(true);
    });

    it("one project outside the caller's financial access hides every amount", async () => {
      const march = await summary(overseer, { start_date: MARCH.start, end_date: MARCH.end, group_by: 'project' });
      expect(march.amounts_included).toBe(true);
      const body = await summary(overseer, { start_date: APRIL.start, end_date: APRIL.end, group_by: 'project' });
      expect(body.totals.entries).toBe(5);
      expect(body.amounts_included).toBe(false);
      expect(body.groups.every((g: object) => !('amount' in g))).toBe(true);
    });

    it('currencies are never added together', async () => {
      const byProject = await summary(admin, { start_date: APRIL.start, end_date: APRIL.end, group_by: 'project' });
      const expected = model(world, APRIL, 'project');
      expect(byProject.amounts_included).toBe(true);
      expect(byProject.message).toMatch(/EUR and USD/);
      expect(byProject.totals).not.toHaveProperty('amount');
      expect(byProject.totals).not.toHaveProperty('currency');
      expect(byProject.groups.find((g: { key: number }) => g.key === p.global)).toMatchObject({
        amount: cents(expected.groups.find((g) => g.key === p.global)!.rated.get('USD')!),
        currency: 'USD',
      });
      expect(byProject.groups.find((g: { key: number }) => g.key === p.website)).toMatchObject({ amount: 120, currency: 'EUR' }); // bob 600 s at his 120/h + alice 3600 s × 100/h

      const byDay = await summary(admin, { start_date: APRIL.start, end_date: APRIL.end, group_by: 'day' });
      const day = (d: string) => byDay.groups.find((g: { key: string }) => g.key === d);
      expect(day('2026-04-01')).not.toHaveProperty('amount'); // EUR and USD on one day
      expect(day('2026-04-03')).toMatchObject({ amount: 16.67, currency: 'USD' });

      const usdOnly = await summary(admin, { start_date: APRIL.start, end_date: APRIL.end, project_id: p.global });
      expect(usdOnly).toMatchObject({
        amounts_included: true,
        totals: { amount: cents(model(world, { ...APRIL, projectId: p.global }, 'project').totals.rated.get('USD')!), currency: 'USD' },
      });
      expect(usdOnly.message).toBeUndefined();
    });
  });

  describe('CSV export', () => {
    const exportUrl = (q: Record<string, string | number | boolean>) => summaryUrl(q, '/api/v1/reports/summary/export');

    it('is a CSV attachment whose rows match the summary, quoted and guarded', async () => {
      const res = await manager.get(exportUrl({ start_date: MARCH.start, end_date: MARCH.end, group_by: 'project' }));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="timekeeper-summary-2026-03-01-2026-03-31-project.csv"');
      const lines = res.body.split('\r\n');
      expect(lines[0]).toBe('key,label,hours,billable_hours,entries,amount');
      expect(lines.at(-1)).toBe(''); // every record ends with CRLF
      // Written out by hand: RFC 4180 quoting and the formula guard.
      expect(lines).toContain(`${p.website},"Website, ""Redesign""",3.00,2.75,4,295.00`);
      expect(lines).toContain(`${p.formula},'=SUM(A1),0.67,0.67,2,60.03`);
      expect(lines).toContain(`${p.at},'@cmd,2.00,0.00,1,0.00`);
      expect(lines).toContain(`${p.dash},'-dash project,1.50,1.50,1,60.00`);

      const rows = parseCsv(res.body);
      const expected = model(world, MARCH, 'project');
      expect(rows).toHaveLength(expected.groups.length + 1);
      for (const row of rows.slice(1)) {
        const g = expected.groups.find((e) => String(e.key) === row[0])!;
        expect(row[1]!.replace(/^'(?=[=+\-@])/, '')).toBe(g.label);
        expect(row[2]).toBe((g.duration_seconds / 3600).toFixed(2));
        expect(row[3]).toBe((g.billable_seconds / 3600).toFixed(2));
        expect(row[4]).toBe(String(g.entries));
      }
    });

    it('quotes labels with line breaks and guards them too; null keys are empty', async () => {
      const res = await manager.get(exportUrl({ start_date: MARCH.start, end_date: MARCH.end, group_by: 'client' }));
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`\r\n${plusCorp},"'+Plus\nCorp",2.00,0.00,1,0.00\r\n`);
      expect(res.body).toContain(`\r\n${acme},"Acme, Inc.",`);
      expect(res.body).toMatch(/\r\n,No client,/);
      expect(parseCsv(res.body).find((r) => r[0] === String(plusCorp))![1]).toBe("'+Plus\nCorp");
    });

    it('has no amount column when amounts are not included', async () => {
      const res = await overseer.get(exportUrl({ start_date: APRIL.start, end_date: APRIL.end, group_by: 'day' }));
      expect(res.statusCode).toBe(200);
      expect(res.body.split('\r\n')[0]).toBe('key,label,hours,billable_hours,entries');
      expect(res.body).toContain('\r\n2026-04-01,2026-04-01,1.17,1.17,2\r\n');
    });

    it('needs export_reports: a viewer and a user get 403', async () => {
      for (const who of [viewer, alice]) {
        const res = await who.get(exportUrl({ start_date: MARCH.start, end_date: MARCH.end }));
        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({ code: 'forbidden', required_permission: 'export_reports' });
        expect(res.headers['content-type']).toMatch(/^application\/json/);
      }
    });

    it('applies the summary rules: 403 on another user_id without view_all_reports, 400 on bad input', async () => {
      const saver = await userWith(app, ['user', await exporterRole()]);
      const denied = await saver.get(exportUrl({ start_date: MARCH.start, end_date: MARCH.end, user_id: alice.userId! }));
      expect(denied.statusCode).toBe(403);
      expect(denied.json()).toMatchObject({ required_permission: 'view_all_reports' });
      const own = await saver.get(exportUrl({ start_date: MARCH.start, end_date: MARCH.end }));
      expect(own.statusCode).toBe(200);
      expect(own.body).toBe('key,label,hours,billable_hours,entries\r\n');
      expect((await manager.get(exportUrl({ start_date: '2026-02-30', end_date: MARCH.end }))).statusCode).toBe(400);
    });
  });

  describe('bad input is 400, never 5xx', () => {
    const cases: [string, Record<string, string>][] = [
      ['bad group_by', { start_date: MARCH.start, end_date: MARCH.end, group_by: 'fortnight' }],
      ['not a real date', { start_date: '2026-02-30', end_date: MARCH.end }],
      ['not a date at all', { start_date: 'yesterday', end_date: MARCH.end }],
      ['end before start', { start_date: '2026-03-10', end_date: '2026-03-09' }],
      ['range over 366 days', { start_date: '2026-01-01', end_date: '2027-01-02' }],
      ['unknown query field', { start_date: MARCH.start, end_date: MARCH.end, foo: 'bar' }],
      ['missing start_date', { end_date: MARCH.end }],
      ['billable not a boolean', { start_date: MARCH.start, end_date: MARCH.end, billable: 'maybe' }],
      ['project_id not an id', { start_date: MARCH.start, end_date: MARCH.end, project_id: '0' }],
      ['user_id not a number', { start_date: MARCH.start, end_date: MARCH.end, user_id: 'me' }],
    ];
    for (const [name, q] of cases) {
      it(name, async () => {
        for (const path of ['/api/v1/reports/summary', '/api/v1/reports/summary/export']) {
          const res = await manager.get(summaryUrl(q, path));
          expect(res.statusCode, `${path}: ${res.body}`).toBe(400);
          expect(res.json()).toMatchObject({ code: 'validation_error', error: 'Validation failed' });
          expect(res.json().errors.length).toBeGreaterThan(0);
        }
      });
    }

    it('366 days, both ends included, is the longest range allowed', async () => {
      expect((await manager.get(summaryUrl({ start_date: '2026-01-01', end_date: '2027-01-01' }))).statusCode).toBe(200);
      expect((await manager.get(summaryUrl({ start_date: '2024-01-01', end_date: '2024-12-31' }))).statusCode).toBe(200);
      const over = await manager.get(summaryUrl({ start_date: '2024-01-01', end_date: '2025-01-01' }));
      expect(over.statusCode).toBe(400);
      expect(over.json().errors).toEqual([expect.objectContaining({ path: 'querystring.end_date' })]);
    });

    it('group_by defaults to project', async () => {
      const body = await summary(manager, { start_date: MARCH.start, end_date: MARCH.end });
      expect(body.group_by).toBe('project');
      expect(body.groups.map((g: { key: number }) => g.key).sort()).toEqual([p.website, p.formula, p.at, p.dash].sort());
    });
  });

  describe('saved reports', () => {
    const params = () => ({ group_by: 'client', start_date: '2026-03-01', end_date: '2026-03-31', project_id: p.website, billable: true });

    it('create, list (own only), delete', async () => {
      const owner = await userWith(app, ['manager']);
      const other = await userWith(app, ['manager']);
      const created = await owner.post('/api/v1/reports/saved', { name: '  March, billable  ', params: params() });
      expect(created.statusCode, created.body).toBe(201);
      const report = created.json();
      expect(report).toEqual({ id: expect.any(Number), name: 'March, billable', params: params(), created_at: expect.any(String) });
      expect((await other.post('/api/v1/reports/saved', { name: 'Mine', params: { group_by: 'day' } })).statusCode).toBe(201);

      const list = (await owner.get('/api/v1/reports/saved')).json();
      expect(list.saved_reports).toEqual([report]);
      expect(list.pagination).toEqual({ page: 1, per_page: 50, total: 1, pages: 1 });
      expect((await other.get('/api/v1/reports/saved')).json().saved_reports.map((r: { name: string }) => r.name)).toEqual(['Mine']);

      // BOLA: someone else's definition does not exist for you, even for an admin.
      expect((await other.delete(`/api/v1/reports/saved/${report.id}`)).statusCode).toBe(404);
      expect((await admin.delete(`/api/v1/reports/saved/${report.id}`)).statusCode).toBe(404);
      expect((await owner.get('/api/v1/reports/saved')).json().saved_reports).toHaveLength(1);

      const deleted = await owner.delete(`/api/v1/reports/saved/${report.id}`);
      expect(deleted.statusCode).toBe(204);
      expect(deleted.body).toBe('');
      expect((await owner.delete(`/api/v1/reports/saved/${report.id}`)).statusCode).toBe(404);
      expect((await owner.get('/api/v1/reports/saved')).json().saved_reports).toEqual([]);
    });

    it('saving needs create_saved_reports; listing needs only view_own_reports', async () => {
      const user = await userWith(app, ['user']);
      const denied = await user.post('/api/v1/reports/saved', { name: 'x', params: { group_by: 'day' } });
      expect(denied.statusCode).toBe(403);
      expect(denied.json()).toMatchObject({ required_permission: 'create_saved_reports' });
      expect((await user.delete('/api/v1/reports/saved/1')).json()).toMatchObject({ required_permission: 'create_saved_reports' });
      const list = await viewer.get('/api/v1/reports/saved');
      expect(list.statusCode).toBe(200);
      expect(list.json().saved_reports).toEqual([]);
    });

    it('filters follow the summary rules: another user needs view_all_reports, projects must be visible', async () => {
      const saver = await userWith(app, ['user', await exporterRole()]);
      const otherUser = await saver.post('/api/v1/reports/saved', { name: 'x', params: { group_by: 'day', user_id: alice.userId } });
      expect(otherUser.statusCode).toBe(403);
      expect(otherUser.json()).toMatchObject({ required_permission: 'view_all_reports' });
      const invisible = await saver.post('/api/v1/reports/saved', { name: 'x', params: { group_by: 'day', project_id: p.global } });
      expect(invisible.statusCode).toBe(404);
      const self = await saver.post('/api/v1/reports/saved', { name: 'x', params: { group_by: 'day', user_id: saver.userId } });
      expect(self.statusCode).toBe(201);
      expect(self.json().params).toEqual({ group_by: 'day', user_id: saver.userId });
    });

    const invalid: [string, unknown][] = [
      ['unknown group_by', { name: 'x', params: { group_by: 'fortnight' } }],
      ['missing group_by', { name: 'x', params: {} }],
      ['unknown params field', { name: 'x', params: { group_by: 'day', foo: 1 } }],
      ['unknown body field', { name: 'x', params: { group_by: 'day' }, shared: true }],
      ['not a real date', { name: 'x', params: { group_by: 'day', start_date: '2026-02-30' } }],
      ['end before start', { name: 'x', params: { group_by: 'day', start_date: '2026-03-10', end_date: '2026-03-01' } }],
      ['range over 366 days', { name: 'x', params: { group_by: 'day', start_date: '2026-01-01', end_date: '2027-01-02' } }],
      ['billable as text', { name: 'x', params: { group_by: 'day', billable: 'true' } }],
      ['blank name', { name: '   ', params: { group_by: 'day' } }],
      ['missing params', { name: 'x' }],
    ];
    for (const [name, body] of invalid) {
      it(`rejects ${name} with 400`, async () => {
        const res = await manager.post('/api/v1/reports/saved', body);
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json()).toMatchObject({ code: 'validation_error' });
      });
    }

    it('rejects a bad id with 400', async () => {
      for (const id of ['abc', '0', '-1']) expect((await manager.delete(`/api/v1/reports/saved/${id}`)).statusCode).toBe(400);
    });
  });

  describe('authentication and token scopes', () => {
    const routes: ['GET' | 'POST' | 'DELETE', string][] = [
      ['GET', summaryUrl({ start_date: MARCH.start, end_date: MARCH.end })],
      ['GET', summaryUrl({ start_date: MARCH.start, end_date: MARCH.end }, '/api/v1/reports/summary/export')],
      ['GET', '/api/v1/reports/saved'],
      ['POST', '/api/v1/reports/saved'],
      ['DELETE', '/api/v1/reports/saved/1'],
    ];

    it('anonymous callers get 401 everywhere', async () => {
      for (const [method, url] of routes)
        expect((await anonymous(app).request(method, url, method === 'POST' ? {} : undefined)).statusCode, url).toBe(401);
    });

    it('tokens need read:reports to read and write:reports to save', async () => {
      const token = (scopes: string[]) => tokenClient(manager, scopes, { name: `r-${scopes.join(',')}`, expires_in_days: 1 });
      const projectsOnly = await token(['read:projects']);
      const noScope = await projectsOnly.get(routes[0]![1]);
      expect(noScope.statusCode).toBe(403);
      expect(noScope.json()).toMatchObject({ required_scope: 'read:reports', available_scopes: ['read:projects'] });

      const reader = await token(['read:reports']);
      expect((await reader.get(routes[0]![1])).statusCode).toBe(200);
      expect((await reader.get(routes[1]![1])).statusCode).toBe(200);
      const save = await reader.post('/api/v1/reports/saved', { name: 'x', params: { group_by: 'day' } });
      expect(save.statusCode).toBe(403);
      expect(save.json()).toMatchObject({ required_scope: 'write:reports' });

      const writer = await token(['write:reports']);
      expect((await writer.post('/api/v1/reports/saved', { name: 'x', params: { group_by: 'day' } })).statusCode).toBe(201);
      expect((await writer.get(routes[0]![1])).statusCode).toBe(200); // write:X implies read:X
    });
  });
});
