/**
 * Every calendar day is the caller's day (docs/api/README.md, "Days and time zones"), beyond the
 * time-entry list and the summary (time-zones.test.ts): the week of GET /time-entry-approvals, the
 * period, line dates and issue date of POST /invoices/from-time-entries and the days of the summary
 * CSV are the caller's — their zone and week start, or `?tz=` for one request — on PGlite and
 * PostgreSQL. Each test names a defect of issue 14 ("D1": days were UTC days).
 */
import { today } from '@timekeeper/shared';
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/app.js';
import type { Client } from './helpers/client.js';
import {
  addMember,
  createClient,
  createProject,
  entryAt,
  expectInvalid,
  expectStatus,
  logTime,
  requestApproval,
  useTestApp,
  useUser,
} from './helpers/fixtures.js';

/** A billable entry of `hours` starting at the instant `start`. */
const from = (start: string, hours = 1) => entryAt(start, hours, { billable: true });

describeEachDb('D1 approvals, invoices and CSV in the caller’s days', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']);

  /** Sets `as`'s own time settings. */
  async function settle(as: Client, settings: Record<string, unknown>) {
    expectStatus(await as.patch('/api/v1/users/me', settings), 200);
  }

  /** A billable project (100 EUR an hour, of a client) of the manager, and a member who logs time on it. */
  async function billableProject() {
    const client = await createClient(manager);
    const project = await createProject(manager, { client_id: client.id, hourly_rate: 100, currency: 'EUR', billable: true });
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    return { project, member };
  }

  /** Entries of `as` starting at each instant, each submitted for approval; returns the entry ids. */
  async function submitted(as: Client, project: number, ...starts: string[]): Promise<number[]> {
    const ids: number[] = [];
    for (const start of starts) {
      const entry = await logTime(as, project, from(start, 0.25));
      await requestApproval(as, entry.id);
      ids.push(entry.id);
    }
    return ids;
  }

  /** The entry ids of the approvals `as` lists with `query`. */
  async function approvalEntries(as: Client, query: string): Promise<number[]> {
    const body = expectStatus(await as.get(`/api/v1/time-entry-approvals?per_page=100&${query}`), 200) as {
      time_entry_approvals: { time_entry_id: number }[];
    };
    return body.time_entry_approvals.map((a) => a.time_entry_id).sort((a, b) => a - b);
  }

  it('D1 approvals ?week= is a Tokyo member’s Monday week: 23 Nov 01:00 local is in it, 30 Nov 00:30 local is not', async () => {
    const { project, member } = await billableProject();
    await settle(member, { time_zone: 'Asia/Tokyo', week_start: 'monday' });
    const [monday, nextMonday, sunday] = await submitted(
      member,
      project,
      '2026-11-22T16:00:00Z', // Mon 23 Nov 01:00 in Tokyo (Sunday in UTC)
      '2026-11-29T15:30:00Z', // Mon 30 Nov 00:30 in Tokyo (Sunday in UTC)
      '2026-11-29T14:30:00Z', // Sun 29 Nov 23:30 in Tokyo
    );
    const week = [monday!, sunday!].sort((a, b) => a - b);
    expect(await approvalEntries(member, 'queue=mine&week=2026-11-23')).toEqual(week);
    // Any day of the week names it.
    expect(await approvalEntries(member, 'queue=mine&week=2026-11-26')).toEqual(week);
    expect(await approvalEntries(member, 'queue=mine&week=2026-11-30')).toEqual([nextMonday]);
    // In UTC for this request the weeks fall otherwise.
    expect(await approvalEntries(member, 'queue=mine&week=2026-11-23&tz=UTC')).toEqual([sunday!, nextMonday!].sort((a, b) => a - b));
  });

  it('D1 approvals ?week= is a Los Angeles approver’s Sunday week: Saturday 23:30 local is the week before', async () => {
    const { project, member } = await billableProject();
    const approver = await addMember(manager, project, 'edit_financials');
    await settle(approver, { time_zone: 'America/Los_Angeles', week_start: 'sunday' });
    const [saturdayNight, sundayMorning, saturdayEvening] = await submitted(
      member,
      project,
      '2026-11-29T07:30:00Z', // Sat 28 Nov 23:30 in Los Angeles
      '2026-11-29T08:30:00Z', // Sun 29 Nov 00:30 in Los Angeles
      '2026-11-22T02:00:00Z', // Sat 21 Nov 18:00 in Los Angeles (Sunday in UTC)
    );
    expect(await approvalEntries(approver, 'queue=to_approve&week=2026-12-02')).toEqual([sundayMorning]);
    expect(await approvalEntries(approver, 'queue=to_approve&week=2026-11-28')).toEqual([saturdayNight]);
    expect(await approvalEntries(approver, 'queue=to_approve&week=2026-11-21')).toEqual([saturdayEvening]);
    // With weeks from Monday the two first fall in one week.
    await settle(approver, { week_start: 'monday' });
    expect(await approvalEntries(approver, 'queue=to_approve&week=2026-11-23')).toEqual([saturdayNight, sundayMorning]);
  });

  it('D1 approvals ?week= across the end of summer time in Berlin: the week of 19–25 Oct lasts 169 hours', async () => {
    const { project, member } = await billableProject();
    await settle(member, { time_zone: 'Europe/Berlin', week_start: 'monday' });
    const [first, last, before, after] = await submitted(
      member,
      project,
      '2026-10-18T22:00:00Z', // Mon 19 Oct 00:00 CEST
      '2026-10-25T22:30:00Z', // Sun 25 Oct 23:30 CET
      '2026-10-18T21:30:00Z', // Sun 18 Oct 23:30 CEST
      '2026-10-25T23:00:00Z', // Mon 26 Oct 00:00 CET
    );
    expect(await approvalEntries(member, 'queue=mine&week=2026-10-25')).toEqual([first!, last!].sort((a, b) => a - b));
    expect(await approvalEntries(member, 'queue=mine&week=2026-10-18')).toEqual([before]);
    expect(await approvalEntries(member, 'queue=mine&week=2026-10-26')).toEqual([after]);
  });

  it('D1 approvals: a week that is not a date and an unknown zone are 400s naming the parameter', async () => {
    const member = await addMember(manager, await createProject(manager), 'edit_time_and_expenses');
    expectInvalid(await member.get('/api/v1/time-entry-approvals?week=2026-02-30'), 'querystring.week');
    expectInvalid(await member.get('/api/v1/time-entry-approvals?week=2026-12-01&tz=Mars/Olympus'), 'querystring.tz');
    expectInvalid(await member.get('/api/v1/time-entry-approvals?tz=Mars/Olympus'), 'querystring.tz');
  });

  /** Drafts an invoice of the project's time on `start` … `end` as `as` (`query`: e.g. `?tz=`); returns its lines and dates. */
  async function invoiceFromTime(as: Client, project: number, start: string, end = start, query = '') {
    const res = await as.post(`/api/v1/invoices/from-time-entries${query}`, {
      project_id: project,
      start_date: start,
      end_date: end,
      include_expenses: false,
    });
    return expectStatus(res) as {
      issue_date: string;
      period_start: string;
      lines: { time_entry_id: number | null; description: string }[];
    };
  }
  const billed = (invoice: { lines: { time_entry_id: number | null }[] }) =>
    invoice.lines.map((l) => l.time_entry_id!).sort((a, b) => a - b);

  it('D1 an invoice from time for 2 Dec in Tokyo bills 2 Dec 07:00 local (1 Dec UTC), dated 2 Dec, and not 3 Dec 01:00 local', async () => {
    const { project, member } = await billableProject();
    const biller = await addMember(manager, project, 'edit_financials', undefined, ['manager']);
    await settle(biller, { time_zone: 'Asia/Tokyo' });
    const morning = await logTime(member, project, from('2026-12-01T22:00:00Z')); // 2 Dec 07:00 in Tokyo
    await logTime(member, project, from('2026-12-02T16:00:00Z')); // 3 Dec 01:00 in Tokyo
    const invoice = await invoiceFromTime(biller, project, '2026-12-02');
    expect(billed(invoice)).toEqual([morning.id]);
    expect(invoice.lines[0]!.description).toMatch(/^2026-12-02 · /);
    expect(invoice.issue_date).toBe(today('Asia/Tokyo'));
  });

  it('D1 an invoice from time with ?tz=America/Los_Angeles bills 1 Dec 18:00 local (2 Dec UTC) on 1 Dec', async () => {
    const { project, member } = await billableProject();
    const evening = await logTime(member, project, from('2026-12-02T02:00:00Z')); // 1 Dec 18:00 in Los Angeles
    await logTime(member, project, from('2026-12-02T08:00:00Z')); // 2 Dec 00:00 in Los Angeles
    const invoice = await invoiceFromTime(manager, project, '2026-12-01', '2026-12-01', '?tz=America/Los_Angeles');
    expect(billed(invoice)).toEqual([evening.id]);
    expect(invoice.lines[0]!.description).toMatch(/^2026-12-01 · /);
    expectInvalid(
      await manager.post('/api/v1/invoices/from-time-entries?tz=Mars/Olympus', {
        project_id: project,
        start_date: '2026-12-02',
        end_date: '2026-12-02',
      }),
      'querystring.tz',
    );
  });

  it('D1 an invoice from time for Berlin’s 25-hour 25 October bills all of its hours and nothing of the days around it', async () => {
    const { project, member } = await billableProject();
    const biller = await addMember(manager, project, 'edit_financials', undefined, ['manager']);
    await settle(biller, { time_zone: 'Europe/Berlin' });
    const inside = [
      await logTime(member, project, from('2026-10-24T22:00:00Z', 0.5)), // 25 Oct 00:00 CEST
      await logTime(member, project, from('2026-10-25T22:30:00Z', 0.5)), // 25 Oct 23:30 CET
    ].map((e) => e.id);
    await logTime(member, project, from('2026-10-24T21:30:00Z', 0.25)); // 24 Oct 23:30 CEST
    await logTime(member, project, from('2026-10-25T23:00:00Z', 0.25)); // 26 Oct 00:00 CET
    expect(billed(await invoiceFromTime(biller, project, '2026-10-25'))).toEqual(inside.sort((a, b) => a - b));
  });

  it('D1 the summary CSV by day puts a Tokyo manager’s 2 Dec 07:00 entry on 2 Dec, and on 1 Dec with ?tz=UTC', async () => {
    const project = await createProject(manager, { billable: false });
    const tokyo = await addMember(manager, project, 'edit_time_and_expenses', undefined, ['manager']);
    await settle(tokyo, { time_zone: 'Asia/Tokyo' });
    await logTime(tokyo, project, from('2026-12-01T22:00:00Z'));
    const csv = async (query = '') => {
      const res = await tokyo.get(
        `/api/v1/reports/summary/export?start_date=2026-12-01&end_date=2026-12-02&group_by=day&user_id=${tokyo.userId}${query}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      return res.body
        .split('\r\n')
        .slice(1, -1)
        .map((line) => line.split(',')[0]);
    };
    expect(await csv()).toEqual(['2026-12-02']);
    expect(await csv('&tz=UTC')).toEqual(['2026-12-01']);
  });
  it('D1 the budget burn counts a month of time in the caller’s zone: Tokyo’s 1 Dec 07:00 is December, Los Angeles’ 30 Nov 18:00 is November', async () => {
    const project = await createProject(manager, { billable: true, hourly_rate: 100, currency: 'EUR' });
    const viewer = await addMember(manager, project, 'view_financials');
    // 30 Nov 22:00 UTC: 1 Dec 07:00 in Tokyo, 30 Nov 14:00 in Los Angeles.
    await logTime(manager, project, from('2026-11-30T22:00:00Z', 1));
    // 1 Dec 02:00 UTC: 1 Dec 11:00 in Tokyo, 30 Nov 18:00 in Los Angeles.
    await logTime(manager, project, from('2026-12-01T02:00:00Z', 2));
    const months = async (query = '') => {
      const body = expectStatus(await viewer.get(`/api/v1/projects/${project}/financials${query}`), 200) as {
        by_month: { month: string; hours: number }[];
      };
      return body.by_month.map((m) => [m.month, m.hours]);
    };
    await settle(viewer, { time_zone: 'Asia/Tokyo' });
    expect(await months()).toEqual([['2026-12', 3]]);
    await settle(viewer, { time_zone: 'America/Los_Angeles' });
    expect(await months()).toEqual([['2026-11', 3]]);
    // ?tz= for one request; UTC splits the two entries across the months.
    expect(await months('?tz=UTC')).toEqual([
      ['2026-11', 1],
      ['2026-12', 2],
    ]);
    expectInvalid(await viewer.get(`/api/v1/projects/${project}/financials?tz=Mars/Olympus`), 'querystring.tz');
  });
});
