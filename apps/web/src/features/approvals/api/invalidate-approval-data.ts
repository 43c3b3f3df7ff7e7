import type { QueryClient } from '@tanstack/react-query';
import { timeEntriesKeys } from '@/lib/records/record-keys';
import { approvalsKeys } from './approvals-keys';

/** A decision changes the queue and locks or unlocks the entry, so the time lists refresh too. */
export function invalidateApprovalData(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: approvalsKeys.all }),
    queryClient.invalidateQueries({ queryKey: timeEntriesKeys.all }),
  ]).then(() => undefined);
}
