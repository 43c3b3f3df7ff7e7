/**
 * Every calendar day is the caller's day (docs/api/README.md, "Days and time zones"): the
 * `start_date`/`end_date` filters of GET /time-entries and the days, weeks and months of
 * GET /reports/summary are days in the caller's time zone — their own setting, else the
 * organisation's default, or `?tz=` for one request; an API token acts in its owner's zone — on
 * PGlite and PostgreSQL. Each test names a defect of issue 14 ("D1": days were UTC days).
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/app.js';
import { anonymous, type Client, PASSWORD, signIn } from './helpers/client.js';
import {
  addMember,
  createProject,
  entryAt,
  expectInvalid,
  expectStatus,
  logTime,
  tokenClient,
  useTestApp,
  useUser,
} from './helpers/fixtures.js';

const HOUR = 3600_000;
const from = entryAt;

describeEachDb('D1 days are the caller’s days', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']);
  const admin = useUser(t, ['admin']);
  let project: number;

  beforeAll(async () => {
    project = await createProject(manager, { billable: false });
  });

  /** A member of the project whose own time settings are `settings` (none: the organisation's). */
  async function person(settings: Record<string, unknown> = {}): Promise<Client> {
    const user = await addMember(manager, project, 'edit_time_and_expenses');
    if (Object.keys(settings).length > 0) expectStatus(await user.patch('/api/v1/users/me', settings), 200);
    return user;
  }

  /** The ids of `owner`'s entries that `as` lists for the days `first` … `last` (`extra`: more query). */
  async function listed(as: Client, first: string, last = first, extra = '', owner = as.userId): Promise<number[]> {
    const res = await as.get(`/api/v1/time-entries?user_id=${owner}&start_date=${first}&end_date=${last}&per_page=100${extra}`);
    return (expectStatus(res, 200) as { time_entries: { id: number }[] }).time_entries.map((e) => e.id).sort((a, b) => a - b);
  }

  /** `as`'s summary: key → [entries, seconds] of each group (`extra`: more query), and the answer. */
  async function summary(as: Client, first: string, last: string, groupBy = 'day', extra = '') {
    const res = await as.get(`/api/v1/reports/summary?start_date=${first}&end_date=${last}&group_by=${groupBy}${extra}`);
    const body = expectStatus(res, 200) as {
      time_zone: string;
      week_start: string;
      groups: { key: string; label: string; entries: number; duration_seconds: number }[];
    };
    return { body, groups: Object.fromEntries(body.groups.map((g) => [g.key, [g.entries, g.duration_seconds]])) };
  }

  it('D1 a Tokyo user’s entry at 2 Dec 07:00 local is on 2 Dec in the list and the report by day; for a UTC user on 1 Dec', async () => {
    const tokyo = await person({ time_zone: 'Asia/Tokyo' });
    const utc = await person();
    // 2 Dec 07:00 in Tokyo is 1 Dec 22:00 UTC.
    const inTokyo = await logTime(tokyo, project, from('2026-12-01T22:00:00Z'));
    const inUtc = await logTime(utc, project, from('2026-12-01T22:00:00Z'));

    expect(await listed(tokyo, '2026-12-02')).toEqual([inTokyo.id]);
    expect(await listed(tokyo, '2026-12-01')).toEqual([]);
    expect(await listed(utc, '2026-12-01')).toEqual([inUtc.id]);
    expect(await listed(utc, '2026-12-02')).toEqual([]);

    const tokyoReport = await summary(tokyo, '2026-12-01', '2026-12-02');
    expect(tokyoReport.groups).toEqual({ '2026-12-02': [1, 3600] });
    expect(tokyoReport.body.time_zone).toBe('Asia/Tokyo');
    expect((await summary(utc, '2026-12-01', '2026-12-02')).groups).toEqual({ '2026-12-01': [1, 3600] });
    // The range is the caller's too: 2 Dec alone still holds the Tokyo entry.
    expect((await summary(tokyo, '2026-12-02', '2026-12-02')).groups).toEqual({ '2026-12-02': [1, 3600] });
  });

  it('D1 a Los Angeles day begins at 08:00 UTC: 22:30 local is still the day before', async () => {
    const la = await person({ time_zone: 'America/Los_Angeles' });
    const lateEvening = await logTime(la, project, from('2026-12-02T06:30:00Z', 0.5)); // 1 Dec 22:30 PST
    const midnight = await logTime(la, project, from('2026-12-02T08:00:00Z')); // 2 Dec 00:00 PST
    expect(await listed(la, '2026-12-01')).toEqual([lateEvening.id]);
    expect(await listed(la, '2026-12-02')).toEqual([midnight.id]);
    expect((await summary(la, '2026-12-01', '2026-12-02')).groups).toEqual({ '2026-12-01': [1, 1800], '2026-12-02': [1, 3600] });
  });

  it('D1 Europe/Berlin across both DST changes: a 23-hour day in March and a 25-hour day in October', async () => {
    const berlin = await person({ time_zone: 'Europe/Berlin' });
    /** One entry per hour of a Berlin day that begins at `midnight` (UTC) and lasts `hours`, and one just outside each end. */
    async function fillDay(midnight: string, hours: number) {
      const start = new Date(midnight).getTime();
      const inside: number[] = [];
      for (let h = 0; h < hours; h++) inside.push((await logTime(berlin, project, from(new Date(start + h * HOUR).toISOString()))).id);
      await logTime(berlin, project, from(new Date(start - HOUR / 2).toISOString(), 0.5));
      await logTime(berlin, project, from(new Date(start + hours * HOUR).toISOString(), 0.25));
      return inside.sort((a, b) => a - b);
    }
    // 29 March 2026: 00:00 CET = 28 March 23:00 UTC; clocks go forward at 02:00, so the day has 23 hours.
    const spring = await fillDay('2026-03-28T23:00:00Z', 23);
    // 25 October 2026: 00:00 CEST = 24 October 22:00 UTC; clocks go back at 03:00, so the day has 25 hours.
    const autumn = await fillDay('2026-10-24T22:00:00Z', 25);

    expect(await listed(berlin, '2026-03-29')).toEqual(spring);
    expect(await listed(berlin, '2026-10-25')).toEqual(autumn);
    expect((await summary(berlin, '2026-03-28', '2026-03-30')).groups).toEqual({
      '2026-03-28': [1, 1800],
      '2026-03-29': [23, 23 * 3600],
      '2026-03-30': [1, 900],
    });
    expect((await summary(berlin, '2026-10-24', '2026-10-26')).groups).toEqual({
      '2026-10-24': [1, 1800],
      '2026-10-25': [25, 25 * 3600],
      '2026-10-26': [1, 900],
    });
  });

  it('D1 Pacific/Kiritimati (+14) and Pacific/Pago_Pago (−11) put one instant on dates two days apart', async () => {
    const kiritimati = await person({ time_zone: 'Pacific/Kiritimati' });
    const pagoPago = await person({ time_zone: 'Pacific/Pago_Pago' });
    const early = await logTime(kiritimati, project, from('2026-12-01T10:30:00Z')); // 2 Dec 00:30 at +14
    const late = await logTime(pagoPago, project, from('2026-12-01T10:30:00Z')); // 30 Nov 23:30 at −11
    expect(await listed(kiritimati, '2026-12-02')).toEqual([early.id]);
    expect(await listed(kiritimati, '2026-11-30', '2026-12-01')).toEqual([]);
    expect(await listed(pagoPago, '2026-11-30')).toEqual([late.id]);
    expect(await listed(pagoPago, '2026-12-01', '2026-12-02')).toEqual([]);
    expect((await summary(kiritimati, '2026-11-30', '2026-12-02')).groups).toEqual({ '2026-12-02': [1, 3600] });
    expect((await summary(pagoPago, '2026-11-30', '2026-12-02')).groups).toEqual({ '2026-11-30': [1, 3600] });
  });

  it('D1 ?tz= overrides the caller’s zone for one request; an unknown zone is a 400 on querystring.tz', async () => {
    const tokyo = await person({ time_zone: 'Asia/Tokyo' });
    const entry = await logTime(tokyo, project, from('2026-12-01T22:00:00Z'));
    expect(await listed(tokyo, '2026-12-01', '2026-12-01', '&tz=UTC')).toEqual([entry.id]);
    expect(await listed(tokyo, '2026-12-02', '2026-12-02', '&tz=UTC')).toEqual([]);
    const inLa = await summary(tokyo, '2026-12-01', '2026-12-02', 'day', '&tz=america/los_angeles');
    expect(inLa.groups).toEqual({ '2026-12-01': [1, 3600] });
    expect(inLa.body.time_zone).toBe('America/Los_Angeles');
    // Without tz the caller's own zone applies again: nothing was remembered.
    expect((await summary(tokyo, '2026-12-01', '2026-12-02')).groups).toEqual({ '2026-12-02': [1, 3600] });

    for (const url of [
      '/api/v1/time-entries?start_date=2026-12-01&tz=Mars/Olympus',
      '/api/v1/reports/summary?start_date=2026-12-01&end_date=2026-12-02&tz=Mars/Olympus',
    ]) {
      const refused = await tokyo.get(url);
      expectInvalid(refused, 'querystring.tz', url);
      expect(refused.json().message).toMatch(/Mars\/Olympus.*IANA/);
    }
  });

  it('D1 an API token acts in its owner’s zone', async () => {
    const tokyo = await person({ time_zone: 'Asia/Tokyo' });
    const entry = await logTime(tokyo, project, from('2026-12-01T22:00:00Z'));
    const token = await tokenClient(tokyo, ['read:time_entries', 'read:reports']);
    expect(await listed(token, '2026-12-02', '2026-12-02', '', tokyo.userId)).toEqual([entry.id]);
    expect(await listed(token, '2026-12-01', '2026-12-01', '', tokyo.userId)).toEqual([]);
    const report = await summary(token, '2026-12-01', '2026-12-02');
    expect(report.groups).toEqual({ '2026-12-02': [1, 3600] });
    expect(report.body.time_zone).toBe('Asia/Tokyo');
  });

  it('D1 weeks start on the caller’s week_start (Sunday or Monday), months are the caller’s months', async () => {
    const sunday = await person({ week_start: 'sunday' });
    const monday = await person({ week_start: 'monday' });
    for (const who of [sunday, monday]) {
      await logTime(who, project, from('2026-11-29T10:00:00Z')); // a Sunday
      await logTime(who, project, from('2026-11-30T10:00:00Z')); // the Monday after
    }
    const bySunday = await summary(sunday, '2026-11-29', '2026-11-30', 'week');
    expect(bySunday.groups).toEqual({ '2026-11-29': [2, 7200] });
    expect(bySunday.body.week_start).toBe('sunday');
    expect((await summary(monday, '2026-11-29', '2026-11-30', 'week')).groups).toEqual({
      '2026-11-23': [1, 3600],
      '2026-11-30': [1, 3600],
    });

    // 1 Dec 01:00 in Tokyo is still November in UTC.
    const tokyo = await person({ time_zone: 'Asia/Tokyo' });
    await logTime(tokyo, project, from('2026-11-30T16:00:00Z'));
    const month = await summary(tokyo, '2026-11-01', '2026-12-31', 'month');
    expect(month.groups).toEqual({ '2026-12-01': [1, 3600] });
    expect(month.body.groups[0]!.label).toBe('2026-12');
    expect((await summary(tokyo, '2026-11-01', '2026-12-31', 'month', '&tz=UTC')).groups).toEqual({ '2026-11-01': [1, 3600] });
  });

  it('D1 PATCH /users/me sets the time settings (canonical spelling, null = the organisation’s); an unknown zone is a 400 on body.time_zone', async () => {
    const user = await person();
    const unknown = await user.patch('/api/v1/users/me', { time_zone: 'Mars/Olympus' });
    expectInvalid(unknown, 'body.time_zone');
    expect(unknown.json().message).toBe(
      '"Mars/Olympus" is not a time zone we know: use an IANA name such as Europe/Berlin or America/New_York',
    );
    expectInvalid(await user.patch('/api/v1/users/me', { week_start: 'friday' }), 'body.week_start');
    expectInvalid(await user.patch('/api/v1/users/me', { locale: 'not a locale' }), 'body.locale');
    expectInvalid(await user.patch('/api/v1/users/me', { time_format: '36h' }), 'body.time_format');

    const own = { time_zone: 'Asia/Tokyo', week_start: 'sunday', locale: 'en-GB', time_format: '12h' };
    const mine = { time_zone: 'user', week_start: 'user', locale: 'user', time_format: 'user' };
    const set = await user.patch('/api/v1/users/me', {
      time_zone: 'asia/tokyo',
      week_start: 'sunday',
      locale: 'en-gb',
      time_format: '12h',
    });
    expect(expectStatus(set, 200)).toMatchObject({ ...own, time_settings_source: mine });
    expect(expectStatus(await user.get('/api/v1/users/me'), 200)).toMatchObject({ ...own, time_settings_source: mine });

    const reset = await user.patch('/api/v1/users/me', { time_zone: null, week_start: null, locale: null, time_format: null });
    const organisation = { time_zone: 'organisation', week_start: 'organisation', locale: 'organisation', time_format: 'organisation' };
    expect(expectStatus(reset, 200)).toMatchObject({
      time_zone: 'UTC',
      week_start: 'monday',
      locale: 'en',
      time_format: '24h',
      time_settings_source: organisation,
    });
  });

  it('D1 the organisation’s defaults apply to a user without their own settings', async () => {
    const user = await person();
    const entry = await logTime(user, project, from('2026-12-01T22:00:00Z'));
    expectStatus(
      await admin.patch('/api/v1/settings', { default_time_zone: 'Asia/Tokyo', week_start: 'sunday', default_locale: 'de' }),
      200,
    );
    try {
      expect(expectStatus(await user.get('/api/v1/users/me'), 200)).toMatchObject({
        time_zone: 'Asia/Tokyo',
        week_start: 'sunday',
        locale: 'de',
        time_format: '24h',
        time_settings_source: { time_zone: 'organisation', week_start: 'organisation' },
      });
      expect(await listed(user, '2026-12-02')).toEqual([entry.id]);
      const report = await summary(user, '2026-12-01', '2026-12-02');
      expect(report.groups).toEqual({ '2026-12-02': [1, 3600] });
      expect(report.body).toMatchObject({ time_zone: 'Asia/Tokyo', week_start: 'sunday' });
      // 2 Dec 2026 is a Wednesday; its Sunday-based week began on 29 Nov.
      expect((await summary(user, '2026-12-01', '2026-12-02', 'week')).groups).toEqual({ '2026-11-29': [1, 3600] });
      // A user's own zone wins over the default.
      expectStatus(await user.patch('/api/v1/users/me', { time_zone: 'UTC' }), 200);
      expect(await listed(user, '2026-12-01')).toEqual([entry.id]);
    } finally {
      expectStatus(await admin.patch('/api/v1/settings', { default_time_zone: 'UTC', week_start: 'monday', default_locale: 'en' }), 200);
    }
  });
});

describeEachDb('D1 setup takes the first administrator’s zone', (kind) => {
  const t = useTestApp(kind);

  it('D1 POST /setup with time_zone makes it the organisation’s default_time_zone (an unknown zone is a 400)', async () => {
    const anon = anonymous(t.app);
    const owner = { email: 'owner@example.test', name: 'Owner', password: PASSWORD };
    expectInvalid(await anon.post('/api/v1/setup', { ...owner, time_zone: 'Mars/Olympus' }), 'body.time_zone');
    const setup = expectStatus(await anon.post('/api/v1/setup', { ...owner, time_zone: 'europe/berlin' }));
    expect(setup.user.email).toBe(owner.email);
    const admin = await signIn(t.app, owner.email);
    expect(expectStatus(await admin.get('/api/v1/settings'), 200).default_time_zone).toBe('Europe/Berlin');
    expect(expectStatus(await admin.get('/api/v1/users/me'), 200)).toMatchObject({
      time_zone: 'Europe/Berlin',
      time_settings_source: { time_zone: 'organisation' },
    });
  });
});
