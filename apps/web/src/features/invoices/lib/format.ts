import type { Dates } from '@/lib/dates';

/** "Mon, 2 Mar 2026 – Sun, 8 Mar 2026", or a dash for an invoice without a period (manual ones). */
export function formatPeriod(start: string | null, end: string | null, { formatDay }: Pick<Dates, 'formatDay'>): string {
  if (!start || !end) return '—';
  return start === end ? formatDay(start) : `${formatDay(start)} – ${formatDay(end)}`;
}

/** 19 → "19 %"; 7.5 → "7.5 %". */
export function formatRate(rate: number): string {
  return `${rate.toLocaleString(undefined, { maximumFractionDigits: 2 })} %`;
}
