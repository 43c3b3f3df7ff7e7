import { lastMonth, lastWeek, thisMonth, thisWeek, type DayRange } from '@/lib/dates';

/** The date range record lists and reports filter on (inclusive days, YYYY-MM-DD). */
export interface DateRangeValue {
  start_date: string;
  end_date: string;
}

/** Named periods offered next to the From/To fields of lists and reports. */
export const PERIODS = [
  { value: 'this_week', label: 'This week', range: thisWeek },
  { value: 'last_week', label: 'Last week', range: lastWeek },
  { value: 'this_month', label: 'This month', range: thisMonth },
  { value: 'last_month', label: 'Last month', range: lastMonth },
] as const;

export type PeriodKey = (typeof PERIODS)[number]['value'] | 'custom';

export const PERIOD_OPTIONS = [...PERIODS.map((p) => ({ value: p.value, label: p.label })), { value: 'custom', label: 'Custom' }];

/** The named period a range is today, or 'custom'. */
export function periodOf(range: DayRange, today = new Date()): PeriodKey {
  const match = PERIODS.find((p) => {
    const r = p.range(today);
    return r.start === range.start && r.end === range.end;
  });
  return match?.value ?? 'custom';
}

/** The range of a named period; null for 'custom' (the From/To fields decide). */
export function periodRange(key: string, today = new Date()): DayRange | null {
  return PERIODS.find((p) => p.value === key)?.range(today) ?? null;
}
