import type { QueryClient } from '@tanstack/react-query';
import { timeEntriesKeys } from '@/lib/records/record-keys';
import { invoicesKeys } from './invoices-keys';
import type { Invoice } from './types';

/** Billing, deleting or voiding locks or frees time entries, so their lists refresh with the invoices. */
export const invoiceDataKeys = [invoicesKeys.all, timeEntriesKeys.all] as const;

/** An answer that holds the whole invoice goes into its detail at once. */
export function rememberInvoice(invoice: Invoice, queryClient: QueryClient): void {
  queryClient.setQueryData(invoicesKeys.detail(invoice.id), invoice);
}
