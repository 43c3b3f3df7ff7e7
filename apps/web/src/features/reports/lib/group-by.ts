import type { Dates } from '@/lib/dates';
import type { GroupBy, SummaryGroup } from '../api/types';

/** The groupings of the summary, in the order the report settings offer them. */
export const GROUP_BY_OPTIONS = [
  { value: 'project', label: 'Project' },
  { value: 'user', label: 'Person' },
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
  { value: 'client', label: 'Client' },
] as const satisfies readonly { value: GroupBy; label: string }[];

/** Groupings by the person's calendar: days along the x axis of the chart. */
export const isCalendarGrouping = (groupBy: GroupBy) => groupBy === 'day' || groupBy === 'week' || groupBy === 'month';

/**
 * A group's name on screen. Calendar groups are keyed by their first day (the person's day, week
 * from their week start, month): "Wed, 2 Dec 2026", "Week of 30 Nov", "December 2026"; `short`
 * for the chart's axis. Other groups are named by the API.
 */
export function groupName(group: SummaryGroup, groupBy: GroupBy, dates: Dates, short = false): string {
  const key = group.key;
  if (typeof key !== 'string' || !isCalendarGrouping(groupBy)) return group.label;
  if (groupBy === 'week') return `Week of ${dates.formatShortDay(key)}`;
  if (groupBy === 'month') {
    const [year, month] = key.split('-').map(Number) as [number, number];
    const format = { month: short ? 'short' : 'long', year: 'numeric', timeZone: 'UTC' } as const;
    return new Intl.DateTimeFormat(dates.settings.locale, format).format(Date.UTC(year, month - 1, 1));
  }
  return short ? dates.formatShortDay(key) : dates.formatDay(key);
}
