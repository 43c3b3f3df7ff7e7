/**
 * Query keys of everything derived from time entries: the lists, the timer and the report
 * summaries. They live below the features so that time entries, tasks, the timer, reports,
 * approvals and invoices can all invalidate each other's data without importing each other.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ApiQuery } from '@/lib/api/types';

/** Every change to an entry invalidates `timeEntriesKeys.all`. */
export const timeEntriesKeys = {
  all: ['time-entries'] as const,
  list: (filters: ApiQuery<'/time-entries', 'get'>) => [...timeEntriesKeys.all, 'list', filters] as const,
};

/** Starting, stopping and editing time entries invalidate `timerKeys.all`. */
export const timerKeys = {
  all: ['timer'] as const,
  status: () => [...timerKeys.all, 'status'] as const,
};

/** Any change to time entries invalidates `reportsKeys.all`. */
export const reportsKeys = {
  all: ['reports'] as const,
  summary: (params: ApiQuery<'/reports/summary', 'get'>) => [...reportsKeys.all, 'summary', params] as const,
};

/** Everything derived from time entries: the lists, the timer and the report summaries. */
export const timeDataKeys = [timeEntriesKeys.all, timerKeys.all, reportsKeys.all] as const;

export function invalidateTimeData(queryClient: QueryClient): Promise<void> {
  return Promise.all(timeDataKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))).then(() => undefined);
}
