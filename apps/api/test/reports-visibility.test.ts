/**
 * What a report, a client and invoicing by client may reveal (docs/api/reports.md "Whose data, and
 * which amounts"; docs/api/clients.md; docs/api/invoices.md), and the CSV export's formula guard
 * read the way spreadsheets read it — on PGlite and PostgreSQL.
 *
 * The world (July 2026 unless said otherwise), created by an account admin:
 *   client Mixed   — Team (lead: view_time_and_expenses) and Secret Two (lead: nothing)
 *   client Visible — Fin (lead: view_financials)
 *   client Hidden  — Secret Project (lead: nothing)
 *   no client      — Tasks (lead: view_tasks: the project is visible, its team time is not)
 * alice and bob log time on all sorts of projects; zed only on Secret Project, so nobody but its
 * members and account-wide readers may learn his name. `lead` holds view_all_reports and
 * export_reports besides the user role; `auditor` holds only those two (a member of nothing).
 */
import type { ProjectLevel } from '@timekeeper/shared';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { timeEntries, users } from '../src/db/schema/index.js';
import { describeEachDb } from './helpers/app.js';
import { type Client, customRole, userWith } from './helpers/client.js';
import { createClient, createProject, join, useTestApp } from './helpers/fixtures.js';
import { dangerousFields, parseCsv } from './helpers/spreadsheet.js';

type GroupBy = 'project' | 'user' | 'day' | 'client';
const GROUP_BYS: GroupBy[] = ['project', 'user', 'day', 'client'];
type Query = Record<string, string | number | boolean>;

interface Row {
  userId: number;
  projectId: number;
  start: string;
  seconds: number;
  billable: boolean;
}
interface Group {
  key: number | string | null;
  label: string;
  duration_seconds: number;
  billable_seconds: number;
  entries: number;
  amount?: number;
  currency?: string;
}

const url = (q: Query, path = '/api/v1/reports/summary') =>
  `${path}?${new URLSearchParams(Object.entries(q).map(([k, v]): [string, string] => [k, String(v)])).toString()}`;
const exportUrl = (q: Query) => url(q, '/api/v1/reports/summary/export');
const toCents = (amount: number) => Math.round(amount * 100);

describeEachDb('reports visibility', (kind) => {
  const t = useTestApp(kind);
  let app: FastifyInstance;
  let admin: Client, lead: Client, auditor: Client, alice: Client, bob: Client, zed: Client;
  const p = {} as Record<'team' | 'fin' | 'tasks' | 'hidden' | 'hidden2', number>;
  const c = {} as Record<'mixed' | 'visible' | 'hidden', number>;
  const projectInfo = new Map<number, { name: string; rate: number; clientId: number | null }>();
  const userNames = new Map<number, string>();
  const rows: Row[] = [];
  const JULY = { start_date: '2026-07-01', end_date: '2026-07-31' };

  const client = async (name: string) => (await createClient(admin, { name })).id as number;
  async function project(name: string, rate: number, clientId: number | null, currency = 'EUR') {
    const id = await createProject(admin, { name, hourly_rate: rate, currency, ...(clientId !== null ? { client_id: clientId } : {}) });
    projectInfo.set(id, { name, rate, clientId });
    return id;
  }
  const member = (projectId: number, user: Client, level: ProjectLevel) => join(admin, projectId, user, level);
  async function entry(user: Client, projectId: number, start: string, seconds: number, billable = true) {
    const [row] = await t.db.db
      .insert(timeEntries)
      .values({
        userId: user.userId!,
        projectId,
        startTime: new Date(start),
        endTime: new Date(new Date(start).getTime() + seconds * 1000),
        durationSeconds: seconds,
        billable,
      })
      .returning({ id: timeEntries.id });
    rows.push({ userId: user.userId!, projectId, start, seconds, billable });
    return row!.id;
  }
  async function person(roles: string[], name: string) {
    const who = await userWith(app, roles, name);
    userNames.set(who.userId!, name);
    return who;
  }
  const summary = async (who: Client, q: Query) => {
    const res = await who.get(url(q));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { groups: Group[]; totals: Omit<Group, 'key' | 'label'>; amounts_included: boolean; message?: string };
  };
  const csv = async (who: Client, q: Query) => {
    const res = await who.get(exportUrl(q));
    expect(res.statusCode, res.body).toBe(200);
    return res.body;
  };

  /** The lead's view, by the project rules: visible projects, and whose entries on each. */
  const LEAD = () => ({ visible: new Set([p.team, p.fin, p.tasks]), teamTime: new Set([p.team, p.fin]) });
  function expectedFor(who: Client, rules: { visible: Set<number>; teamTime: Set<number> }, groupBy: GroupBy, month = '2026-07') {
    const groups = new Map<
      string,
      { key: number | string | null; label: string; duration_seconds: number; billable_seconds: number; entries: number }
    >();
    for (const r of rows) {
      if (!r.start.startsWith(month)) continue;
      if (!rules.visible.has(r.projectId) || (r.userId !== who.userId && !rules.teamTime.has(r.projectId))) continue;
      const info = projectInfo.get(r.projectId)!;
      const [key, label]: [number | string | null, string] =
        groupBy === 'project'
          ? [r.projectId, info.name]
          : groupBy === 'user'
            ? [r.userId, userNames.get(r.userId)!]
            : groupBy === 'day'
              ? [r.start.slice(0, 10), r.start.slice(0, 10)]
              : [info.clientId, info.clientId === null ? 'No client' : `client ${info.clientId}`];
      const g = groups.get(String(key)) ?? { key, label, duration_seconds: 0, billable_seconds: 0, entries: 0 };
      g.duration_seconds += r.seconds;
      g.billable_seconds += r.billable ? r.seconds : 0;
      g.entries += 1;
      groups.set(String(key), g);
    }
    return [...groups.values()].sort((a, b) => String(a.key).localeCompare(String(b.key)));
  }
  const figures = (groups: Group[], withLabels: boolean) =>
    groups
      .map((g) => ({
        key: g.key,
        ...(withLabels ? { label: g.label } : {}),
        duration_seconds: g.duration_seconds,
        billable_seconds: g.billable_seconds,
        entries: g.entries,
      }))
      .sort((a, b) => String(a.key).localeCompare(String(b.key)));
  const withoutLabels = <T extends { label?: string }>(list: T[]) => list.map(({ label: _label, ...rest }) => rest);

  /** Totals equal the sum of the groups, amounts in exact cents; and the CSV rows add up to them too. */
  function expectTotalsAreTheSum(body: Awaited<ReturnType<typeof summary>>, csvText: string) {
    const sum = (f: (g: Group) => number) => body.groups.reduce((s, g) => s + f(g), 0);
    expect(body.totals.duration_seconds).toBe(sum((g) => g.duration_seconds));
    expect(body.totals.billable_seconds).toBe(sum((g) => g.billable_seconds));
    expect(body.totals.entries).toBe(sum((g) => g.entries));
    if (body.totals.amount !== undefined) {
      expect(body.groups.every((g) => g.amount !== undefined && g.currency === body.totals.currency)).toBe(true);
      expect(toCents(body.totals.amount)).toBe(sum((g) => toCents(g.amount!)));
    }
    const [header, ...records] = parseCsv(csvText);
    expect(records).toHaveLength(body.groups.length);
    const column = (name: string) => header!.indexOf(name);
    const csvSum = (name: string) => records.reduce((s, r) => s + toCents(Number(r[column(name)])), 0);
    // Hours have two decimals; the datasets use multiples of 36 s, so they are exact.
    expect(csvSum('hours')).toBe(toCents(body.totals.duration_seconds / 3600));
    expect(csvSum('billable_hours')).toBe(toCents(body.totals.billable_seconds / 3600));
    expect(records.reduce((s, r) => s + Number(r[column('entries')]), 0)).toBe(body.totals.entries);
    expect(column('amount') >= 0).toBe(body.amounts_included);
    if (body.totals.amount !== undefined) expect(csvSum('amount')).toBe(toCents(body.totals.amount));
  }

  beforeAll(async () => {
    app = t.app;
    admin = await person(['admin'], 'ada');
    await customRole(app, 'report_reader', ['view_all_reports', 'export_reports']);
    lead = await person(['user', 'report_reader'], 'lena');
    auditor = await person(['report_reader'], 'otto');
    alice = await person(['user'], 'alice');
    bob = await person(['user'], 'bob');
    zed = await person(['user'], 'Zed Secret');

    c.mixed = await client('Mixed');
    c.visible = await client('Visible');
    c.hidden = await client('Hidden Secret Client');
    p.team = await project('Team', 100, c.mixed);
    p.fin = await project('Fin', 80, c.visible);
    p.tasks = await project('Tasks', 50, null);
    p.hidden = await project('Secret Project', 200, c.hidden);
    p.hidden2 = await project('Secret Two', 70, c.mixed);
    await member(p.team, lead, 'view_time_and_expenses');
    await member(p.fin, lead, 'view_financials');
    await member(p.tasks, lead, 'view_tasks');
    for (const id of [p.team, p.fin, p.tasks, p.hidden]) await member(id, alice, 'edit_time_and_expenses');
    for (const id of [p.team, p.hidden2]) await member(id, bob, 'edit_time_and_expenses');
    await member(p.hidden, zed, 'edit_time_and_expenses');

    // Durations are multiples of 36 s, so hours with two decimals are exact.
    await entry(alice, p.team, '2026-07-01T09:00:00Z', 3600);
    await entry(alice, p.fin, '2026-07-02T09:00:00Z', 1800);
    await entry(alice, p.tasks, '2026-07-02T13:00:00Z', 900);
    await entry(alice, p.hidden, '2026-07-03T09:00:00Z', 7200);
    await entry(bob, p.team, '2026-07-01T14:00:00Z', 2700, false);
    await entry(bob, p.hidden2, '2026-07-04T09:00:00Z', 5400);
    await entry(zed, p.hidden, '2026-07-05T09:00:00Z', 3600);
    await entry(lead, p.tasks, '2026-07-06T09:00:00Z', 720);
  });

  const labelOf = (groupBy: GroupBy, g: { key: number | string | null; label: string }) =>
    groupBy === 'client' && g.key !== null ? `client ${g.key}` : g.label;

  describe('M1 reports show only what the caller can see', () => {
    it('M1 group_by=project names only projects the caller can see, with only the entries they may see there', async () => {
      const body = await summary(lead, { ...JULY, group_by: 'project' });
      expect(figures(body.groups, true)).toEqual(expectedFor(lead, LEAD(), 'project'));
      expect(JSON.stringify(body)).not.toMatch(/Secret/);
      // Every project named is one GET /projects/{id} shows; the others are 404 there.
      for (const g of body.groups) expect((await lead.get(`/api/v1/projects/${g.key}`)).statusCode).toBe(200);
      for (const id of [p.hidden, p.hidden2]) expect((await lead.get(`/api/v1/projects/${id}`)).statusCode).toBe(404);
      // Tasks is visible but its team time is not: only lead's own entry counts there.
      expect(body.groups.find((g) => g.key === p.tasks)).toMatchObject({ duration_seconds: 720, entries: 1 });
    });

    it('M1 group_by=user names only users whose entries the caller may see', async () => {
      const body = await summary(lead, { ...JULY, group_by: 'user' });
      expect(figures(body.groups, true)).toEqual(expectedFor(lead, LEAD(), 'user'));
      expect(body.groups.map((g) => g.key).sort()).toEqual([alice.userId, bob.userId, lead.userId].sort());
      expect(JSON.stringify(body)).not.toMatch(/Zed|Secret/);
      // alice's hours are those on Team and Fin only (not Tasks' team time, not Secret Project).
      expect(body.groups.find((g) => g.key === alice.userId)).toMatchObject({ label: 'alice', duration_seconds: 3600 + 1800, entries: 2 });
      // Naming a user whose entries the caller cannot see gives nothing away.
      const zeds = await summary(lead, { ...JULY, group_by: 'user', user_id: zed.userId! });
      expect(zeds.groups).toEqual([]);
      expect(zeds.totals).toMatchObject({ duration_seconds: 0, entries: 0 });
    });

    it('M1 group_by=client counts only projects the caller can see, and names only their clients', async () => {
      const body = await summary(lead, { ...JULY, group_by: 'client' });
      expect(figures(body.groups, false)).toEqual(withoutLabels(expectedFor(lead, LEAD(), 'client')));
      expect(body.groups.map((g) => g.label).sort()).toEqual(['Mixed', 'No client', 'Visible']);
      // Mixed holds Team and Secret Two; only Team's hours count.
      expect(body.groups.find((g) => g.key === c.mixed)).toMatchObject({ duration_seconds: 3600 + 2700, entries: 2 });
      expect(JSON.stringify(body)).not.toMatch(/Secret/);
    });

    it('M1 group_by=day adds up only the entries the caller may see', async () => {
      const body = await summary(lead, { ...JULY, group_by: 'day' });
      expect(figures(body.groups, true)).toEqual(expectedFor(lead, LEAD(), 'day'));
      expect(body.groups.map((g) => g.key)).not.toContain('2026-07-03'); // alice on Secret Project
      expect(body.groups.map((g) => g.key)).not.toContain('2026-07-05'); // zed
    });

    it('M1 the CSV export holds exactly the rows of the summary, nothing the caller cannot see', async () => {
      for (const groupBy of GROUP_BYS) {
        const text = await csv(lead, { ...JULY, group_by: groupBy });
        expect(text, groupBy).not.toMatch(/Secret|Zed/);
        const [header, ...records] = parseCsv(text);
        expect(header).toEqual(['key', 'label', 'hours', 'billable_hours', 'entries']);
        const expected = expectedFor(lead, LEAD(), groupBy);
        const sorted = <T extends { key: string }>(list: T[]) => list.sort((a, b) => a.key.localeCompare(b.key));
        expect(
          sorted(
            records.map((r) => ({
              key: r[0]!,
              label: groupBy === 'client' && r[0] !== '' ? `client ${r[0]}` : r[1],
              hours: r[2],
              entries: r[4],
            })),
          ),
          groupBy,
        ).toEqual(
          sorted(
            expected.map((g) => ({
              key: g.key === null ? '' : String(g.key),
              label: labelOf(groupBy, g),
              hours: (g.duration_seconds / 3600).toFixed(2),
              entries: String(g.entries),
            })),
          ),
        );
      }
      const nothing = await csv(auditor, { ...JULY, group_by: 'user' });
      expect(nothing).toBe('key,label,hours,billable_hours,entries\r\n');
    });

    it('M1 totals are exactly the sum of the visible groups, in the summary and in the CSV', async () => {
      // Two entries whose amounts are half a cent each (36 s at 12.50/h = 0.125): rounded per group
      // they are 0.13 each, so the total must be 0.26, not the 0.25 of the unrounded sum.
      const round = await project('Rounding', 12.5, c.visible);
      for (const who of [alice, bob]) await member(round, who, 'edit_time_and_expenses');
      await entry(alice, round, '2026-08-03T09:00:00Z', 36);
      await entry(bob, round, '2026-08-04T09:00:00Z', 36);
      await member(round, lead, 'view_financials');
      const AUGUST = { start_date: '2026-08-01', end_date: '2026-08-31' };
      for (const groupBy of GROUP_BYS) {
        for (const [who, q] of [
          [lead, JULY],
          [admin, JULY],
          [admin, AUGUST],
          [lead, AUGUST],
          [auditor, JULY],
        ] as const) {
          const body = await summary(who, { ...q, group_by: groupBy });
          expectTotalsAreTheSum(body, await csv(who, { ...q, group_by: groupBy }));
        }
        const august = await summary(lead, { ...AUGUST, group_by: groupBy });
        expect(august.amounts_included, groupBy).toBe(true);
        if (groupBy === 'user' || groupBy === 'day') expect(august.totals.amount, groupBy).toBe(0.26);
      }
    });

    it('M1 a view_all_reports holder who is a member of no project sees nothing of other projects', async () => {
      for (const groupBy of GROUP_BYS) {
        const body = await summary(auditor, { ...JULY, group_by: groupBy });
        expect(body.groups, groupBy).toEqual([]);
        expect(body.totals).toMatchObject({ duration_seconds: 0, billable_seconds: 0, entries: 0 });
        expect(body.totals).not.toHaveProperty('amount');
        expect(body.amounts_included).toBe(false);
      }
      expect((await summary(auditor, { ...JULY, user_id: alice.userId! })).groups).toEqual([]);
      expect((await auditor.get(url({ ...JULY, project_id: p.hidden }))).statusCode).toBe(404);
    });

    it('M1 with permissions that reach projects (by the shared rules), a report shows what /projects and /time-entries show', async () => {
      await customRole(app, 'report_overseer', ['view_all_reports', 'export_reports', 'view_all_projects', 'view_all_time_entries']);
      const overseer = await person(['report_overseer'], 'olga');
      // The oracle: the finished entries GET /time-entries lists, on projects GET /projects/{id} shows.
      const listed: { project_id: number; user_id: number; duration_seconds: number; billable: boolean }[] = [];
      for (let page = 1; ; page++) {
        const res = await overseer.get(
          `/api/v1/time-entries?${new URLSearchParams({ ...JULY, running: 'false', per_page: '100', page: String(page) })}`,
        );
        expect(res.statusCode, res.body).toBe(200);
        listed.push(...res.json().time_entries);
        if (page >= res.json().pagination.pages) break;
      }
      const visible = new Map<number, boolean>();
      for (const id of projectInfo.keys()) visible.set(id, (await overseer.get(`/api/v1/projects/${id}`)).statusCode === 200);
      const seen = listed.filter((e) => visible.get(e.project_id));
      const expected = new Map<number, number>();
      for (const e of seen) expected.set(e.project_id, (expected.get(e.project_id) ?? 0) + e.duration_seconds);
      const body = await summary(overseer, { ...JULY, group_by: 'project' });
      expect(new Map(body.groups.map((g) => [g.key as number, g.duration_seconds]))).toEqual(expected);
      const byUser = await summary(overseer, { ...JULY, group_by: 'user' });
      expect(byUser.groups.map((g) => g.key).sort()).toEqual([...new Set(seen.map((e) => e.user_id))].sort());
      // Amounts only when every project in the result allows view_financials (GET /projects/{id}/access).
      let allFinancial = true;
      for (const g of body.groups)
        allFinancial &&= (await overseer.get(`/api/v1/projects/${g.key}/access`)).json().actions.includes('view_financials');
      expect(body.groups.length).toBeGreaterThan(0);
      expect(body.amounts_included).toBe(allFinancial);
      if (!allFinancial) expect(body.groups.every((g) => !('amount' in g))).toBe(true);
    });

    it('M1 amounts appear only where the caller may see the financials', async () => {
      for (const groupBy of GROUP_BYS) {
        const body = await summary(lead, { ...JULY, group_by: groupBy });
        expect(body.amounts_included, groupBy).toBe(false); // Team and Tasks: no view_financials
        expect([...body.groups, body.totals].some((g) => 'amount' in g || 'currency' in g)).toBe(false);
        expect(body.message).toMatch(/financials/);
        expect((await csv(lead, { ...JULY, group_by: groupBy })).split('\r\n')[0]).toBe('key,label,hours,billable_hours,entries');
      }
      // On Fin alone (view_financials) the amounts are there: alice 1800 s × 80/h.
      const fin = await summary(lead, { ...JULY, project_id: p.fin, group_by: 'user' });
      expect(fin).toMatchObject({ amounts_included: true, totals: { amount: 40, currency: 'EUR' } });
      expect(fin.groups).toEqual([expect.objectContaining({ key: alice.userId, amount: 40 })]);
      const tasks = await summary(lead, { ...JULY, project_id: p.tasks });
      expect(tasks.amounts_included).toBe(false);
      expect(tasks.totals).toMatchObject({ duration_seconds: 720, entries: 1 });
    });
  });

  describe('Info: clients and invoicing by client', () => {
    it('Info: client project_count counts only projects the caller can see', async () => {
      expect((await lead.get(`/api/v1/clients/${c.mixed}`)).json().project_count).toBe(1);
      expect((await lead.get(`/api/v1/clients/${c.hidden}`)).json().project_count).toBe(0);
      const listed = (await lead.get('/api/v1/clients?per_page=100')).json().clients as { id: number; project_count: number }[];
      expect(listed.find((x) => x.id === c.mixed)?.project_count).toBe(1);
      expect(listed.find((x) => x.id === c.hidden)?.project_count).toBe(0);
      expect((await admin.get(`/api/v1/clients/${c.mixed}`)).json().project_count).toBe(2);
    });

    it('Info: invoicing by client_id bills only projects the caller can see and may invoice, and reveals no others', async () => {
      await customRole(app, 'client_biller', ['create_invoices']);
      const biller = await person(['user', 'client_biller'], 'bill');
      const billClient = await client('Billing Client');
      const open = await project('Billed Here', 100, billClient);
      const secret = await project('Secret Billing', 100, billClient, 'USD');
      await member(open, biller, 'edit_financials');
      await member(open, alice, 'edit_time_and_expenses');
      await member(secret, alice, 'edit_time_and_expenses');
      const billedHere = await entry(alice, open, '2026-09-01T09:00:00Z', 3600);
      await entry(alice, secret, '2026-09-02T09:00:00Z', 7200);
      const SEPT = { start_date: '2026-09-01', end_date: '2026-09-30' };

      const res = await biller.post('/api/v1/invoices/from-time-entries', { client_id: billClient, ...SEPT });
      expect(res.statusCode, res.body).toBe(201);
      const invoice = res.json();
      expect(invoice).toMatchObject({ client_id: billClient, currency: 'EUR', subtotal: 100 });
      expect(invoice.lines.map((l: { time_entry_id: number }) => l.time_entry_id)).toEqual([billedHere]);
      expect(res.body).not.toMatch(/Secret|USD/);

      // A client whose projects are all invisible answers like a client without projects.
      const empty = await client('Empty Client');
      const none = await biller.post('/api/v1/invoices/from-time-entries', { client_id: empty, ...SEPT });
      const hidden = await biller.post('/api/v1/invoices/from-time-entries', { client_id: c.hidden, ...SEPT });
      expect(none.statusCode).toBe(422);
      expect([hidden.statusCode, hidden.json().message]).toEqual([none.statusCode, none.json().message]);
      expect(hidden.body).not.toMatch(/Secret/);

      // A visible project the caller may not invoice is refused by name (it is no secret to them).
      const viewOnly = await client('View Only Client');
      const looked = await project('Looked At', 100, viewOnly);
      await member(looked, biller, 'view_financials');
      await member(looked, alice, 'edit_time_and_expenses');
      await entry(alice, looked, '2026-09-03T09:00:00Z', 3600);
      const refused = await biller.post('/api/v1/invoices/from-time-entries', { client_id: viewOnly, ...SEPT });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ required_project_level: 'edit_financials', project_id: looked });

      // Listing by client shows the caller's own invoice, not one billing the project they cannot see.
      const other = await admin.post('/api/v1/invoices/from-time-entries', { project_id: secret, ...SEPT });
      expect(other.statusCode, other.body).toBe(201);
      const list = await biller.get(`/api/v1/invoices?client_id=${billClient}`);
      expect(list.json().invoices.map((i: { id: number }) => i.id)).toEqual([invoice.id]);
    });
  });

  describe('L5 the CSV export as spreadsheets read it', () => {
    it('L5 no separator exposes a formula in any field, and labels read back with only apostrophes added', async () => {
      const payloads = [
        'Uma;=cmd|/C calc!A0',
        'tab\t=1+2',
        'comma,@SUM(1)',
        'semi; -2+3',
        'line\n+cmd',
        'quote;"=x"',
        '=start',
        '@at',
        'lead;\t +x',
        '-minus, "@quoted"',
      ];
      const clientId = await client('Formula;=HYPERLINK("x")');
      const ids: number[] = [];
      for (const name of payloads) ids.push(await project(name, 10, clientId));
      const uma = await person(['user'], 'uma');
      await t.db.db.update(users).set({ name: 'Uma;=cmd|/C calc!A0' }).where(eq(users.id, uma.userId!));
      for (const id of ids) {
        await member(id, uma, 'edit_time_and_expenses');
        await entry(uma, id, '2026-10-05T09:00:00Z', 360);
      }
      const OCT = { start_date: '2026-10-01', end_date: '2026-10-31' };
      const labels: string[] = [];
      for (const groupBy of ['project', 'user', 'client'] as const) {
        const text = await csv(admin, { ...OCT, group_by: groupBy });
        expect(dangerousFields(text), `${groupBy}:\n${text}`).toEqual([]);
        labels.push(
          ...parseCsv(text)
            .slice(1)
            .map((r) => r[1]!),
        );
      }
      // Read back (RFC 4180), a label is the original with apostrophes put before formula characters.
      const original = (label: string) => label.replace(/^'(?=[\t\r])/, '').replace(/'(?=[=+\-@])/g, '');
      expect(labels.map(original).sort()).toEqual([...payloads, 'Uma;=cmd|/C calc!A0', 'Formula;=HYPERLINK("x")'].sort());
    });
  });
});
