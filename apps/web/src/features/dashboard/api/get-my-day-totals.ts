/**
 * Your own tracked seconds per day (your days, in your time zone) over the dashboard's range.
 *
 * With `view_own_reports` one request does it: GET /reports/summary?group_by=day&user_id=<me>.
 * Without it, the time entries themselves are summed (GET /time-entries, every page).
 * Keys live under the reports and time-entries key spaces, so starting, stopping or editing
 * time (which invalidates both) refreshes the dashboard too.
 */
import { useQuery } from '@tanstack/react-query';
import { useAccess, useMyPermissions } from '@/lib/access';
import { getSummary, reportsKeys } from '@/features/reports';
import { getTimeEntries, timeEntriesKeys } from '@/features/time-entries';
import type { Dates } from '@/lib/dates';
import { useDates } from '@/lib/time-settings';
import type { DashboardRange, DayTotals } from '../lib/weeks';

const PER_PAGE = 100;
const MAX_PAGES = 50;

type Range = Pick<DashboardRange, 'start' | 'end'>;

export async function getDayTotalsFromSummary(range: Range, userId: number, signal?: AbortSignal): Promise<DayTotals> {
  const summary = await getSummary({ start_date: range.start, end_date: range.end, group_by: 'day', user_id: userId }, signal);
  const totals: DayTotals = {};
  for (const group of summary.groups) if (typeof group.key === 'string') totals[group.key] = group.duration_seconds;
  return totals;
}

export async function getDayTotalsFromEntries(range: Range, userId: number, dates: Dates, signal?: AbortSignal): Promise<DayTotals> {
  const totals: DayTotals = {};
  for (let page = 1; page <= MAX_PAGES; page++) {
    const data = await getTimeEntries({ start_date: range.start, end_date: range.end, user_id: userId, per_page: PER_PAGE, page }, signal);
    for (const entry of data.time_entries) {
      if (entry.duration_seconds === null) continue; // the running timer: shown on its own
      const day = dates.dayOf(entry.start_time);
      totals[day] = (totals[day] ?? 0) + entry.duration_seconds;
    }
    if (page >= data.pagination.pages) break;
  }
  return totals;
}

export const dashboardKeys = {
  fromSummary: (range: Range, userId: number) => [...reportsKeys.all, 'dashboard-days', range.start, range.end, userId] as const,
  fromEntries: (range: Range, userId: number) => [...timeEntriesKeys.all, 'dashboard-days', range.start, range.end, userId] as const,
};

export function useMyDayTotals(range: Range) {
  const access = useAccess();
  const dates = useDates();
  const userId = useMyPermissions().data?.user_id ?? 0;
  const viaReports = access.can('view_own_reports');
  return useQuery({
    queryKey: viaReports ? dashboardKeys.fromSummary(range, userId) : dashboardKeys.fromEntries(range, userId),
    queryFn: ({ signal }) =>
      viaReports ? getDayTotalsFromSummary(range, userId, signal) : getDayTotalsFromEntries(range, userId, dates, signal),
    enabled: access.ready && userId > 0 && access.can({ anyOf: ['view_own_reports', 'view_own_time_entries'] }),
  });
}
