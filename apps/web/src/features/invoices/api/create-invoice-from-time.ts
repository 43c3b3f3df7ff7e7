import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { invoiceDataKeys, rememberInvoice } from './invalidate-invoice-data';
import type { FromTimeBody, Invoice } from './types';

/** POST /invoices/from-time-entries: a draft from the unbilled billable time (and expenses) of a period; 422 when there is none. */
export function createInvoiceFromTime(body: FromTimeBody): Promise<Invoice> {
  return ok(api.POST('/invoices/from-time-entries', { body }));
}

export function useCreateInvoiceFromTime() {
  return useInvalidatingMutation(createInvoiceFromTime, invoiceDataKeys, { remember: rememberInvoice, done: 'Draft invoice created' });
}
