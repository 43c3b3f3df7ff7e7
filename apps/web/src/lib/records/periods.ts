import type { DayRange, Dates } from '@/lib/dates';

/** The date range record lists and reports filter on (inclusive days, YYYY-MM-DD, the person's own days). */
export interface DateRangeValue {
  start_date: string;
  end_date: string;
}

const day = (d: string): DayRange => ({ start: d, end: d });

/** What is wrong with a From/To pair before anyone asks the API: a missing day, or an end before the start. */
export type RangeProblem = 'missing_start' | 'missing_end' | 'reversed' | null;

export function rangeProblem(start: string, end: string): RangeProblem {
  if (!start) return 'missing_start';
  if (!end) return 'missing_end';
  // YYYY-MM-DD compares as text.
  return end < start ? 'reversed' : null;
}

/** Named periods offered next to the From/To fields of lists and reports, in the person's zone and week start. */
export const PERIODS = [
  { value: 'today', label: 'Today', range: (dates: Dates) => day(dates.today()) },
  { value: 'this_week', label: 'This week', range: (dates: Dates) => dates.thisWeek() },
  { value: 'last_week', label: 'Last week', range: (dates: Dates) => dates.lastWeek() },
  { value: 'this_month', label: 'This month', range: (dates: Dates) => dates.thisMonth() },
  { value: 'last_month', label: 'Last month', range: (dates: Dates) => dates.lastMonth() },
] as const;

export type PeriodKey = (typeof PERIODS)[number]['value'] | 'custom';

export const PERIOD_OPTIONS = [...PERIODS.map((p) => ({ value: p.value, label: p.label })), { value: 'custom', label: 'Custom' }];

/** The named period a range is today, or 'custom'. */
export function periodOf(range: DayRange, dates: Dates): PeriodKey {
  const match = PERIODS.find((p) => {
    const r = p.range(dates);
    return r.start === range.start && r.end === range.end;
  });
  return match?.value ?? 'custom';
}

/** The range of a named period; null for 'custom' (the From/To fields decide). */
export function periodRange(key: string, dates: Dates): DayRange | null {
  return PERIODS.find((p) => p.value === key)?.range(dates) ?? null;
}
