import { useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { timesheetKeys } from './timesheet-keys';
import type { Timesheet } from './types';

export function getTimesheet(week: string, signal?: AbortSignal): Promise<Timesheet> {
  return ok(api.GET('/timesheet', { params: { query: { week } }, signal }));
}

/** GET /timesheet?week=: the caller's week holding `week` (any day of it). */
export function useTimesheet(week: string) {
  return useQuery({ queryKey: timesheetKeys.week(week), queryFn: ({ signal }) => getTimesheet(week, signal) });
}
