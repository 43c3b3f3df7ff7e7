/**
 * The dashboard's calendar: UTC days, because the API buckets time by the UTC day of
 * `start_time` (reports `group_by=day`, the time-entry date filters). Weeks start on Monday.
 */

export const WEEKS_SHOWN = 8;

const DAY_MS = 86_400_000;

/** A Date's UTC calendar day: 2026-03-05. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

export interface DashboardRange {
  /** First day of the oldest week shown. */
  start: string;
  /** Today: the last day with any time. */
  end: string;
  today: string;
  weekStart: string;
}

export function dashboardRange(now: Date, weeks = WEEKS_SHOWN): DashboardRange {
  const today = utcDay(now);
  const weekStart = mondayOf(today);
  return { start: addDays(weekStart, -7 * (weeks - 1)), end: today, today, weekStart };
}

/** Seconds per UTC day (`YYYY-MM-DD` → seconds); days without time are absent. */
export type DayTotals = Record<string, number>;

/** Total of the days from `from` to `to`, both included (ISO days compare as strings). */
export function sumDays(totals: DayTotals, from: string, to: string): number {
  let sum = 0;
  for (const [day, seconds] of Object.entries(totals)) if (day >= from && day <= to) sum += seconds;
  return sum;
}

export interface WeekTotal {
  /** Monday of the week. */
  start: string;
  /** "3 Mar" */
  label: string;
  seconds: number;
  hours: number;
}

const weekLabel = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** One bar per week of the range, oldest first, weeks without time included as zero. */
export function weeklyTotals(totals: DayTotals, range: DashboardRange): WeekTotal[] {
  const weeks: WeekTotal[] = [];
  for (let start = range.start; start <= range.weekStart; start = addDays(start, 7)) {
    const seconds = sumDays(totals, start, addDays(start, 6));
    weeks.push({ start, label: weekLabel(start), seconds, hours: Math.round((seconds / 3600) * 100) / 100 });
  }
  return weeks;
}
