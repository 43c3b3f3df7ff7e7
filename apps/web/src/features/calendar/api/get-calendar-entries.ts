import { useQuery } from '@tanstack/react-query';
import { getTimeEntries, timeEntriesKeys, type TimeEntry } from '@/features/time-entries';

/** The days a calendar view shows, in the person's zone (both included), and whose entries. */
export interface CalendarRange {
  start_date: string;
  end_date: string;
  user_id: number;
}

const PER_PAGE = 100;
const MAX_PAGES = 20;

/** Under the time entries' key space: every change to an entry refreshes the calendar too. */
export const calendarKeys = {
  range: (range: CalendarRange) => [...timeEntriesKeys.all, 'calendar', range] as const,
};

/**
 * Every entry of the person on the days of the range, also those begun before its first day and
 * still going on it (a night's work, a timer left running): GET /time-entries?overlapping=true,
 * page by page (a week rarely needs a second page).
 */
export async function getCalendarEntries(range: CalendarRange, signal?: AbortSignal): Promise<TimeEntry[]> {
  const entries: TimeEntry[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const data = await getTimeEntries({ ...range, overlapping: true, per_page: PER_PAGE, page }, signal);
    entries.push(...data.time_entries);
    if (page >= data.pagination.pages) break;
  }
  return entries;
}

/** The entries of the days on screen; the last range stays shown while the next loads. */
export function useCalendarEntries(range: CalendarRange | null) {
  return useQuery({
    queryKey: range ? calendarKeys.range(range) : [...timeEntriesKeys.all, 'calendar', 'none'],
    queryFn: ({ signal }) => getCalendarEntries(range!, signal),
    enabled: range !== null,
    placeholderData: (previous) => previous,
  });
}
