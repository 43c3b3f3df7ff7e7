import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { reportsKeys, timeEntriesKeys, timerKeys } from '@/lib/records/record-keys';
import { timesheetKeys } from './timesheet-keys';
import type { PutTimesheetBody, Timesheet } from './types';

export function putTimesheet(body: PutTimesheetBody): Promise<Timesheet> {
  return ok(api.PUT('/timesheet', { body }));
}

/**
 * PUT /timesheet. The answer is the week after the change: it replaces the cached week at once
 * (so a save does not wait for a refetch), and the lists and reports built on entries are marked stale.
 */
export function usePutTimesheet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putTimesheet,
    onSuccess: (week, body) => {
      queryClient.setQueryData(timesheetKeys.week(body.week), week);
      // The time-entry lists (not this week: it was just written) and everything derived from entries.
      void queryClient.invalidateQueries({ queryKey: [...timeEntriesKeys.all, 'list'] });
      void queryClient.invalidateQueries({ queryKey: timerKeys.all });
      void queryClient.invalidateQueries({ queryKey: reportsKeys.all });
    },
  });
}
