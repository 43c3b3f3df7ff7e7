/**
 * The dashboard's calendar: the person's own days and weeks (their time zone and week start,
 * docs/api/users.md), the days the API counts in too (reports `group_by=day`, the time-entry
 * date filters are the caller's days).
 */
import { addDays } from '@timekeeper/shared';
import type { Dates } from '@/lib/dates';

export const WEEKS_SHOWN = 8;

export interface DashboardRange {
  /** First day of the oldest week shown. */
  start: string;
  /** Today: the last day with any time. */
  end: string;
  today: string;
  /** The first day of this week (the person's week start). */
  weekStart: string;
}

export function dashboardRange(dates: Dates, weeks = WEEKS_SHOWN): DashboardRange {
  const today = dates.today();
  const weekStart = dates.weekStartOf(today);
  return { start: addDays(weekStart, -7 * (weeks - 1)), end: today, today, weekStart };
}

/** Seconds per day (`YYYY-MM-DD` → seconds); days without time are absent. */
export type DayTotals = Record<string, number>;

/** Total of the days from `from` to `to`, both included (ISO days compare as strings). */
export function sumDays(totals: DayTotals, from: string, to: string): number {
  let sum = 0;
  for (const [day, seconds] of Object.entries(totals)) if (day >= from && day <= to) sum += seconds;
  return sum;
}

export interface WeekTotal {
  /** First day of the week. */
  start: string;
  /** "3 Mar" */
  label: string;
  seconds: number;
  hours: number;
}

/** One bar per week of the range, oldest first, weeks without time included as zero; `label` writes a week's first day. */
export function weeklyTotals(totals: DayTotals, range: DashboardRange, label: (day: string) => string): WeekTotal[] {
  const weeks: WeekTotal[] = [];
  for (let start = range.start; start <= range.weekStart; start = addDays(start, 7)) {
    const seconds = sumDays(totals, start, addDays(start, 6));
    weeks.push({ start, label: label(start), seconds, hours: Math.round((seconds / 3600) * 100) / 100 });
  }
  return weeks;
}
