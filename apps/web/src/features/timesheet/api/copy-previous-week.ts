import { useMutation } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import type { Timesheet } from './types';

/** POST /timesheet/copy-previous-week: the week with last week's project/task rows added, empty; nothing is stored. */
export function copyPreviousWeek(week: string): Promise<Timesheet> {
  return ok(api.POST('/timesheet/copy-previous-week', { body: { week } }));
}

export function useCopyPreviousWeek() {
  return useMutation({ mutationFn: copyPreviousWeek });
}
