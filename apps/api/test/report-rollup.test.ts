/**
 * The summary's monthly rollup (time_entry_months, migration 0009; docs/development/README.md,
 * "Report rollup") on PGlite and PostgreSQL: after random changes to time_entries, made with
 * plain SQL as any writer would (create, timer start and stop, edits of every counted field,
 * deletes), the rollup equals the raw entries; and a summary that reads the rollup answers what
 * the entries say, in zones with half-hour and 45-minute offsets and across a DST change.
 */
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { rollupPlan } from '../src/modules/reports/rollup-plan.js';
import { describeEachDb } from './helpers/app.js';
import { addMember, createProject, expectStatus, join, logTime, useTestApp, useUser } from './helpers/fixtures.js';
import type { Client } from './helpers/client.js';

const HOUR_MS = 3_600_000;

describeEachDb('report rollup', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']);
  let people: Client[] = [];
  let projects: number[] = [];

  beforeAll(async () => {
    projects = [await createProject(manager, { name: 'Rollup A' }), await createProject(manager, { name: 'Rollup B' })];
    people = [
      await addMember(manager, projects[0]!, 'edit_time_and_expenses'),
      await addMember(manager, projects[0]!, 'edit_time_and_expenses'),
    ];
    for (const p of people) await join(manager, projects[1]!, p, 'edit_time_and_expenses');
  });

  // Both drivers answer execute() with { rows }.
  const rows = async (query: ReturnType<typeof sql>) => ((await t.db.db.execute(query)) as { rows: Record<string, unknown>[] }).rows;
  const normalise = (list: Record<string, unknown>[]) =>
    list
      .map(
        (r) =>
          `${String(r.month)}|${String(r.user_id)}|${String(r.project_id)}|${String(r.billable)}|${Number(r.seconds)}|${Number(r.entries)}`,
      )
      .sort();
  async function expectRollupMatchesEntries() {
    const rollup = await rows(sql`select month::text as month, user_id, project_id, billable, seconds, entries from time_entry_months`);
    const raw = await rows(sql`
      select date_trunc('month', start_time at time zone 'UTC')::date::text as month, user_id, project_id, billable,
             sum(duration_seconds) as seconds, count(*) as entries
      from time_entries where end_time is not null group by 1, 2, 3, 4`);
    expect(normalise(rollup)).toEqual(normalise(raw));
  }

  // One change to time_entries, chosen at random; instants around the turn of 2026-03/04 so months change too.
  const instant = fc.integer({ min: -72, max: 72 }).map((h) => new Date(Date.UTC(2026, 3, 1) + h * HOUR_MS + 17 * 60_000));
  const change = fc.oneof(
    fc.record({
      op: fc.constant('insert' as const),
      who: fc.nat(1),
      project: fc.nat(1),
      start: instant,
      hours: fc.integer({ min: 0, max: 5 }),
      billable: fc.boolean(),
    }),
    fc.record({ op: fc.constant('move' as const), pick: fc.nat(), start: instant }),
    fc.record({ op: fc.constant('reassign' as const), pick: fc.nat(), who: fc.nat(1), project: fc.nat(1), billable: fc.boolean() }),
    fc.record({ op: fc.constant('stop' as const), pick: fc.nat(), hours: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ op: fc.constant('notes' as const), pick: fc.nat() }),
    fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  );

  it('equals the raw entries after random changes', async () => {
    const ids = () => people.map((p) => p.userId!);
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 12 }), async (changes) => {
        for (const c of changes) {
          const existing = (await rows(sql`select id, start_time, end_time from time_entries where user_id in ${ids()} order by id`)) as {
            id: number;
            start_time: string | Date;
            end_time: string | Date | null;
          }[];
          const target = 'pick' in c && existing.length > 0 ? existing[c.pick % existing.length]! : null;
          if (c.op === 'insert') {
            const user = ids()[c.who]!;
            // hours 0: a running timer (one per person at most); otherwise a finished entry.
            const running =
              c.hours === 0 && (await rows(sql`select 1 from time_entries where user_id = ${user} and end_time is null`)).length === 0;
            const end = running ? null : new Date(c.start.getTime() + Math.max(c.hours, 1) * HOUR_MS);
            await t.db.db.execute(sql`
              insert into time_entries (user_id, project_id, start_time, end_time, duration_seconds, billable)
              values (${user}, ${projects[c.project]!}, ${c.start.toISOString()}, ${end?.toISOString() ?? null},
                      ${end === null ? null : (end.getTime() - c.start.getTime()) / 1000}, ${c.billable})`);
          } else if (target === null) {
            continue;
          } else if (c.op === 'move') {
            await t.db.db.execute(sql`
              update time_entries set start_time = ${c.start.toISOString()},
                end_time = case when end_time is null then null else ${c.start.toISOString()}::timestamptz + (end_time - start_time) end
              where id = ${target.id}`);
          } else if (c.op === 'reassign') {
            const user = ids()[c.who]!;
            const clash =
              target.end_time === null &&
              (await rows(sql`select 1 from time_entries where user_id = ${user} and end_time is null and id <> ${target.id}`)).length > 0;
            if (!clash)
              await t.db.db.execute(
                sql`update time_entries set user_id = ${user}, project_id = ${projects[c.project]!}, billable = ${c.billable} where id = ${target.id}`,
              );
          } else if (c.op === 'stop') {
            await t.db.db.execute(sql`
              update time_entries set end_time = start_time + make_interval(hours => ${c.hours}), duration_seconds = ${c.hours * 3600}
              where id = ${target.id}`);
          } else if (c.op === 'notes') {
            await t.db.db.execute(sql`update time_entries set notes = notes || 'x' where id = ${target.id}`);
          } else {
            await t.db.db.execute(sql`delete from time_entries where id = ${target.id}`);
          }
        }
        await expectRollupMatchesEntries();
      }),
      { numRuns: 15 },
    );
    // The random entries may leave someone's timer running: clear them (the rollup must follow) so the
    // next test starts from nothing.
    await t.db.db.execute(sql`delete from time_entries where user_id in ${ids()}`);
    await expectRollupMatchesEntries();
  });

  it('is kept by the API writers: entries, timer and timesheet changes leave it equal to the entries', async () => {
    const [alice] = people;
    const entry = await logTime(alice!, projects[0]!, { start_time: '2026-05-31T22:30:00Z', end_time: '2026-06-01T01:00:00Z' });
    expectStatus(
      await alice!.put(`/api/v1/time-entries/${entry.id}`, { start_time: '2026-06-30T23:00:00Z', end_time: '2026-07-01T00:30:00Z' }),
      200,
    );
    await expectRollupMatchesEntries();
    expectStatus(
      await alice!.put('/api/v1/timesheet', { week: '2026-06-29', rows: [{ project_id: projects[1], days: [5400, 1800, 0, 0, 0, 0, 0] }] }),
      200,
    );
    await expectRollupMatchesEntries();
    expectStatus(
      await alice!.put('/api/v1/timesheet', { week: '2026-06-29', rows: [{ project_id: projects[1], days: [0, 3600, 0, 0, 0, 0, 0] }] }),
      200,
    );
    expectStatus(await alice!.post('/api/v1/timer/start', { project_id: projects[1] }));
    const stopped = await alice!.post('/api/v1/timer/stop', {});
    expect([200, 201]).toContain(stopped.statusCode);
    await expectRollupMatchesEntries();
    expect((await alice!.delete(`/api/v1/time-entries/${entry.id}`)).statusCode).toBe(204);
    await expectRollupMatchesEntries();
  });

  it('answers a summary read from the rollup as the entries do, in every zone', async () => {
    const [alice, bob] = people;
    // Entries near the ends of local months in zones with 30- and 45-minute offsets and DST.
    for (const [who, start] of [
      [alice, '2026-01-31T18:10:00Z'], // 1 Feb 00:10 in Kolkata (+5:30)
      [alice, '2026-01-31T18:40:00Z'],
      [bob, '2026-02-28T13:40:00Z'], // 1 Mar 00:10 in Adelaide (+10:30)
      [bob, '2026-02-28T13:20:00Z'],
      [alice, '2026-02-28T18:20:00Z'], // 1 Mar 00:05 in Kathmandu (+5:45)
      [bob, '2026-03-31T23:30:00Z'], // 1 Apr 00:30 in London (summer time)
      [alice, '2026-02-14T09:00:00Z'],
    ] as const) {
      await logTime(who!, projects[0]!, {
        start_time: start,
        end_time: new Date(new Date(start).getTime() + 600_000).toISOString(),
        billable: true,
      });
    }
    for (const tz of ['Asia/Kolkata', 'Australia/Adelaide', 'Asia/Kathmandu', 'Europe/London', 'America/St_Johns', 'UTC']) {
      for (const [start, end] of [
        ['2026-02-01', '2026-02-28'],
        ['2026-01-01', '2026-03-31'],
        ['2026-02-01', '2026-03-31'],
      ] as const) {
        const query = `start_date=${start}&end_date=${end}&tz=${tz}`;
        const byUser = expectStatus(await manager.get(`/api/v1/reports/summary?group_by=user&${query}`), 200);
        // Grouping by month always reads the entries themselves.
        const byMonth = expectStatus(await manager.get(`/api/v1/reports/summary?group_by=month&${query}`), 200);
        expect(byUser.totals, `${tz} ${start}..${end}`).toEqual(byMonth.totals);
        const perUser = await rows(sql`
          select user_id, sum(duration_seconds)::int as seconds, count(*)::int as entries from time_entries
          where end_time is not null and (start_time at time zone ${tz})::date between ${start}::date and ${end}::date
          group by user_id`);
        const expected = Object.fromEntries(perUser.map((r) => [Number(r.user_id), [Number(r.seconds), Number(r.entries)]]));
        const got = Object.fromEntries(
          (byUser.groups as { key: number; duration_seconds: number; entries: number }[]).map((g) => [
            g.key,
            [g.duration_seconds, g.entries],
          ]),
        );
        expect(got, `${tz} ${start}..${end}`).toEqual(expected);
      }
    }
  });

  it('reads the rollup for these ranges (the comparison above is not raw against raw)', () => {
    const kolkataFeb = rollupPlan(new Date('2026-01-31T18:30:00Z'), new Date('2026-02-28T18:30:00Z'));
    expect(kolkataFeb?.months).toEqual({ from: '2026-02-01', until: '2026-03-01' });
    expect(kolkataFeb?.slices).toEqual([
      { from: new Date('2026-01-31T18:30:00Z'), until: new Date('2026-02-01T00:00:00Z'), sign: 1 },
      { from: new Date('2026-02-28T18:30:00Z'), until: new Date('2026-03-01T00:00:00Z'), sign: -1 },
    ]);
    expect(rollupPlan(new Date('2026-02-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z'))).toEqual({
      months: { from: '2026-02-01', until: '2026-03-01' },
      slices: [],
    });
    // A week holds no whole month: the entries are read directly.
    expect(rollupPlan(new Date('2026-02-02T00:00:00Z'), new Date('2026-02-09T00:00:00Z'))).toBeNull();
  });
});
