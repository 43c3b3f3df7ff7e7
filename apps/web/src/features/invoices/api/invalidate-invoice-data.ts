import type { QueryClient } from '@tanstack/react-query';
import { timeEntriesKeys } from '@/lib/records/record-keys';
import { invoicesKeys } from './invoices-keys';
import type { Invoice } from './types';

/**
 * After a change: the lists and, when the answer holds the whole invoice, its detail at once.
 * Billing, deleting or voiding locks or frees time entries, so their lists refresh too.
 */
export function invalidateInvoiceData(queryClient: QueryClient, invoice?: Invoice): Promise<void> {
  if (invoice) queryClient.setQueryData(invoicesKeys.detail(invoice.id), invoice);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: invoicesKeys.all }),
    queryClient.invalidateQueries({ queryKey: timeEntriesKeys.all }),
  ]).then(() => undefined);
}
