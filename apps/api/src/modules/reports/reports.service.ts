/**
 * Summary reports over finished time entries (end_time set), aggregated by the database in one
 * query: the date range is first summed per person, project and billable flag (and period), then
 * joined to projects for rates and currencies and folded into one row per group, then those few
 * rows get their labels. Groupings by person, project or client read whole months from the
 * rollup time_entry_months and only the range's ragged ends from the entries (./rollup-plan.ts);
 * groupings by period read the entries (one index range scan). No entry row ever reaches
 * JavaScript. Where the time goes: docs/reports/benchmark.md.
 *
 * Rules (docs/api/reports.md "Whose data, and which amounts"):
 * - days are the caller's days (their time zone, or `?tz=`) of start_time, weeks start on their
 *   week_start (lib/caller-calendar.ts); both ends of the range are included;
 * - data: only entries on projects the caller can see (the `view_project` action); on each, the
 *   caller's own entries, and with view_all_reports also others' where the caller may see the
 *   team's time (the `view_team_time` action). Which projects those are is decided by the shared
 *   project rules (projectsAllowing), never here; the report is restricted to them in SQL;
 * - group labels name only what the groups hold: projects the caller can see, their clients, and
 *   users whose entries the caller may see (as GET /time-entries names them);
 * - billable_seconds counts entries flagged billable; amount = billable hours × the member's
 *   hourly_rate on the project, or the project's when the member has none (no rate at all
 *   contributes 0), rounded to cents per group: the same prices an invoice and the project's
 *   financials use;
 * - amounts are financial: they appear only when the caller may see the financials (the
 *   `view_financials` action) of every project in the result. An empty result shows them only to
 *   callers whom the shared rules give the financials of every project;
 * - the totals are the sum of the groups, amounts included (cent by cent), so a report or its CSV
 *   never holds more than its rows;
 * - currencies are never added together: each group carries `amount` + `currency` when its
 *   entries share one currency, the totals only when the whole result does; otherwise the amount
 *   is left out and `message` says why (amounts_included stays true: what is shown is accurate).
 * - order: days ascending; other groupings by duration descending, then key (stable for charts).
 */
import { WEEK_START_ISO_DAY } from '@timekeeper/shared';
import { and, eq, gte, inArray, isNotNull, lt, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { clients, participations, projects, timeEntries, timeEntryMonths, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import { callerCalendar, type CallerCalendar } from '../../lib/caller-calendar.js';
import { projectsAllowing } from '../projects/project-access.js';
import { assertProjectFilter, dayRange, userScope, type DayRange } from './report-filters.js';
import { rollupPlan } from './rollup-plan.js';
import { PERIOD_GROUPS, type EntriesExportQuery, type Summary, type SummaryQuery, type SummaryTotals } from './reports.schemas.js';

type Figures = Static<typeof SummaryTotals>;
export type SummaryView = Static<typeof Summary>;

export const NO_CLIENT_LABEL = 'No client';

const te = timeEntries;
const tm = timeEntryMonths;

/** The columns a filter on entries names: time_entries' own, or the monthly rollup's. */
interface EntryColumns {
  userId: AnyPgColumn;
  projectId: AnyPgColumn;
  billable: AnyPgColumn;
}

/** Entries whose project is in the set ('all': no restriction). */
function projectIn(column: AnyPgColumn, set: 'all' | number[]): SQL | undefined {
  if (set === 'all') return undefined;
  return set.length === 0 ? sql`false` : inArray(column, set);
}

type ProjectSet = 'all' | number[];

function visibility(actor: Actor, visible: ProjectSet, teamTime: ProjectSet, c: EntryColumns): SQL | undefined {
  const own = actor.userId === null ? sql`false` : eq(c.userId, actor.userId);
  return and(projectIn(c.projectId, visible), teamTime === 'all' ? undefined : or(own, projectIn(c.projectId, teamTime)));
}

/** What a report counts: the caller's days, whose entries, which project, billable or not. */
export interface ReportSelection {
  calendar: CallerCalendar;
  range: DayRange;
  /**
   * Every filter but the days, on time_entries or on the rollup (same column names): entries on a
   * project the caller can see, their own or on a project where they may see the team's time (the
   * shared project rules), of the people and project asked for.
   */
  filters(c: EntryColumns): SQL | undefined;
}

/** The selection of the summary and of the entries export alike, so the file adds up to the summary. */
export async function reportSelection(db: Db, actor: Actor, input: Static<typeof EntriesExportQuery>): Promise<ReportSelection> {
  const calendar = await callerCalendar(db, actor, input.tz);
  const range = dayRange(input.start_date, input.end_date, 'querystring', calendar.timeZone);
  const scope = userScope(actor, input.user_id);
  await assertProjectFilter(db, actor, input.project_id);
  const visible = await projectsAllowing(db, actor, 'view_project');
  const teamTime = await projectsAllowing(db, actor, 'view_team_time');
  const filters = (c: EntryColumns) =>
    and(
      visibility(actor, visible, teamTime, c),
      scope.kind === 'user' ? eq(c.userId, scope.userId) : undefined,
      input.project_id !== undefined ? eq(c.projectId, input.project_id) : undefined,
      input.billable !== undefined ? eq(c.billable, input.billable) : undefined,
    );
  return { calendar, range, filters };
}

export async function summaryReport(db: Db, actor: Actor, input: Static<typeof SummaryQuery>): Promise<SummaryView> {
  const groupBy = input.group_by ?? 'project';
  const { calendar, range, filters } = await reportSelection(db, actor, input);
  const financial = await projectsAllowing(db, actor, 'view_financials');
  const byPeriod = (PERIOD_GROUPS as readonly string[]).includes(groupBy);

  // Stage 1 sums the entries per person, project and billable flag (and period, when grouping
  // by one) before anything is joined, so the rates and currencies are looked up per sum, not per
  // entry. A period is the caller's: the date start_time falls on in their zone (the database's
  // time zone rules; the zone name was checked), then the first day of its week (their
  // week_start) or month.
  const localDay = sql`(${te.startTime} at time zone ${calendar.timeZone})::date`;
  const weekStartIso = sql.raw(String(WEEK_START_ISO_DAY[calendar.weekStart]));
  const periodKey = {
    day: localDay,
    week: sql`(${localDay} - ((extract(isodow from ${localDay})::int - ${weekStartIso} + 7) % 7))`,
    month: sql`date_trunc('month', ${localDay})::date`,
  }[groupBy as 'day' | 'week' | 'month'] as SQL | undefined;
  // Finished entries starting in [from, until), signed (+1 adds them, -1 takes them away).
  const rawSlice = (from: Date, until: Date, sign: 1 | -1) =>
    db
      .select({
        k: sql<unknown>`${periodKey ?? sql`null`}`.as('k'),
        userId: sql<number>`${te.userId}`.as('user_id'),
        projectId: sql<number>`${te.projectId}`.as('project_id'),
        billable: sql<boolean>`${te.billable}`.as('billable'),
        seconds: sql<number>`${sql.raw(String(sign))} * sum(${te.durationSeconds})`.as('seconds'),
        entries: sql<number>`${sql.raw(String(sign))} * count(*)`.as('entries'),
      })
      .from(te)
      .where(and(isNotNull(te.endTime), gte(te.startTime, from), lt(te.startTime, until), filters(te)))
      .groupBy(sql`1`, te.userId, te.projectId, te.billable);
  // Groupings by person, project or client read whole UTC months from the rollup (kept with every
  // entry change, migration 0009) and only the few hours at the range's ends from the entries:
  // exact for every time zone, half-hour offsets included (./rollup-plan.ts).
  const plan = byPeriod ? null : rollupPlan(range.from, range.until);
  const rollupMonths = (months: { from: string; until: string }) =>
    db
      .select({
        k: sql`null`.as('k'),
        userId: tm.userId,
        projectId: tm.projectId,
        billable: tm.billable,
        seconds: tm.seconds,
        entries: tm.entries,
      })
      .from(tm)
      .where(and(gte(tm.month, months.from), lt(tm.month, months.until), filters(tm)));
  const parts: SQLWrapper[] =
    plan === null
      ? [rawSlice(range.from, range.until, 1)]
      : [rollupMonths(plan.months), ...plan.slices.map((s) => rawSlice(s.from, s.until, s.sign))];
  const source = sql.join(
    parts.map((part) => sql`(${part})`),
    sql` union all `,
  );
  // Named apart from the columns of projects and participations, which it is joined to.
  const e = db
    .select({
      k: sql<unknown>`k`.as('e_k'),
      userId: sql<number>`user_id`.as('e_user_id'),
      projectId: sql<number>`project_id`.as('e_project_id'),
      billable: sql<boolean>`billable`.as('e_billable'),
      seconds: sql<number>`sum(seconds)`.as('e_seconds'),
      entries: sql<number>`sum(entries)`.as('e_entries'),
    })
    .from(sql`(${source}) as s`)
    .groupBy(sql`1, 2, 3, 4`)
    // Slices taken away cancel what the rollup counted; nothing else is ever negative.
    .having(sql`sum(entries) > 0`)
    .as('e');

  const innerKey = {
    project: sql`${e.projectId}`,
    user: sql`${e.userId}`,
    client: sql`${projects.clientId}`,
    day: sql`${e.k}`,
    week: sql`${e.k}`,
    month: sql`${e.k}`,
  }[groupBy];
  // Whether every entry sits on a project whose financials the caller may see.
  const financialOk =
    financial === 'all'
      ? sql`true`
      : financial.length === 0
        ? sql`false`
        : sql`bool_and(${e.projectId} in (${sql.join(
            financial.map((id) => sql`${id}`),
            sql`, `,
          )}))`;
  const g = db
    .select({
      k: sql`${innerKey}`.as('k'),
      seconds: sql<number>`sum(${e.seconds})`.as('seconds'),
      billableSeconds: sql<number>`coalesce(sum(${e.seconds}) filter (where ${e.billable}), 0)`.as('billable_seconds'),
      entries: sql<number>`sum(${e.entries})`.as('entries'),
      rated:
        sql<number>`coalesce(sum(${e.seconds} * coalesce(${participations.hourlyRate}, ${projects.hourlyRate})) filter (where ${e.billable}), 0)`.as(
          'rated',
        ),
      minCurrency: sql<string>`min(${projects.currency} collate "C")`.as('min_currency'),
      maxCurrency: sql<string>`max(${projects.currency} collate "C")`.as('max_currency'),
      financialOk: sql<boolean>`${financialOk}`.as('financial_ok'),
    })
    .from(e)
    .innerJoin(projects, eq(projects.id, e.projectId))
    .leftJoin(participations, and(eq(participations.projectId, e.projectId), eq(participations.userId, e.userId)))
    .groupBy(sql`1`)
    .as('g');

  // Stage 2 labels the few groups. Expressions are literal SQL so GROUP BY matches SELECT.
  const day = sql`to_char(${g.k}::timestamp, 'YYYY-MM-DD')`;
  const { key, label } = {
    project: { key: sql`${g.k}`, label: sql`${projects.name}` },
    user: { key: sql`${g.k}`, label: sql`${users.name}` },
    client: { key: sql`${g.k}`, label: sql`${clients.name}` },
    day: { key: day, label: day },
    week: { key: day, label: day },
    month: { key: day, label: sql`to_char(${g.k}::timestamp, 'YYYY-MM')` },
  }[groupBy];
  const duration = sql<number>`coalesce(sum(${g.seconds}), 0)`.mapWith(Number);
  let query = db
    .select({
      key: sql<number | string | null>`${key}`,
      label: sql<string | null>`${label}`,
      duration,
      billableSeconds: sql<number>`coalesce(sum(${g.billableSeconds}), 0)`.mapWith(Number),
      entries: sql<number>`coalesce(sum(${g.entries}), 0)`.mapWith(Number),
      amount: sql<number>`round(coalesce(sum(${g.rated}), 0) / 3600, 2)`.mapWith(Number),
      minCurrency: sql<string | null>`min(${g.minCurrency})`,
      maxCurrency: sql<string | null>`max(${g.maxCurrency})`,
      financialOk: sql<boolean | null>`bool_and(${g.financialOk})`,
    })
    .from(g)
    .$dynamic();
  if (groupBy === 'project') query = query.leftJoin(projects, sql`${projects.id} = ${g.k}`);
  if (groupBy === 'user') query = query.leftJoin(users, sql`${users.id} = ${g.k}`);
  if (groupBy === 'client') query = query.leftJoin(clients, sql`${clients.id} = ${g.k}`);
  const groupRows = await query
    .groupBy(key, label)
    .orderBy(...(byPeriod ? [sql`${key} asc`] : [sql`${duration} desc`, sql`${key} asc nulls last`]));

  // The totals row is the sum of the groups (amounts in whole cents), so it never holds more than they do.
  const cents = (amount: number) => Math.round(amount * 100);
  const currencies = groupRows.flatMap((r) => [r.minCurrency, r.maxCurrency]).filter((c): c is string => c !== null);
  const totalRow = {
    duration: groupRows.reduce((s, r) => s + r.duration, 0),
    billableSeconds: groupRows.reduce((s, r) => s + r.billableSeconds, 0),
    entries: groupRows.reduce((s, r) => s + r.entries, 0),
    amount: groupRows.reduce((s, r) => s + cents(r.amount), 0) / 100,
    minCurrency: currencies.length > 0 ? currencies.reduce((a, b) => (b < a ? b : a)) : null,
    maxCurrency: currencies.length > 0 ? currencies.reduce((a, b) => (b > a ? b : a)) : null,
  };
  // An empty result shows amounts (zero) only to callers with financial access everywhere: a
  // member without it does not see the column come and go with the data.
  const amountsIncluded = financial === 'all' || (groupRows.length > 0 && groupRows.every((r) => r.financialOk === true));

  type Figured = Pick<(typeof groupRows)[number], 'duration' | 'billableSeconds' | 'entries' | 'amount' | 'minCurrency' | 'maxCurrency'>;
  const figures = (r: Figured): Figures => {
    const base = { duration_seconds: r.duration, billable_seconds: r.billableSeconds, entries: r.entries };
    if (!amountsIncluded) return base;
    if (r.minCurrency && r.minCurrency !== r.maxCurrency) return base; // never add currencies together
    return { ...base, amount: r.amount, ...(r.minCurrency ? { currency: r.minCurrency } : {}) };
  };

  const view: SummaryView = {
    start_date: input.start_date,
    end_date: input.end_date,
    group_by: groupBy,
    time_zone: calendar.timeZone,
    week_start: calendar.weekStart,
    totals: figures(totalRow),
    groups: groupRows.map((r) => ({
      key: byPeriod || r.key === null ? r.key : Number(r.key),
      label: r.label ?? (groupBy === 'client' ? NO_CLIENT_LABEL : ''),
      ...figures(r),
    })),
    amounts_included: amountsIncluded,
  };
  if (!amountsIncluded) {
    view.message =
      'Amounts are shown only to callers who may see the financials (the view_financials project action) of every project in the report';
  } else if (totalRow.minCurrency && totalRow.minCurrency !== totalRow.maxCurrency) {
    view.message = `The report mixes currencies (including ${totalRow.minCurrency} and ${totalRow.maxCurrency}): amounts are not added across currencies, so the totals and any group that mixes them carry no amount`;
  }
  return view;
}
