import type { QueryClient } from '@tanstack/react-query';
import { reportsKeys } from '@/features/reports/api/reports-keys';
import { timerKeys } from '@/features/timer/api/timer-keys';
import { timeEntriesKeys } from './time-entries-keys';

/** Everything derived from time entries: the lists, the timer and the report summaries. */
export function invalidateTimeData(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: timeEntriesKeys.all }),
    queryClient.invalidateQueries({ queryKey: timerKeys.all }),
    queryClient.invalidateQueries({ queryKey: reportsKeys.all }),
  ]).then(() => undefined);
}
