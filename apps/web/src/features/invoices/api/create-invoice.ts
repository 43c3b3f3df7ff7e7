import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { invoiceDataKeys, rememberInvoice } from './invalidate-invoice-data';
import type { Invoice, ManualInvoiceBody } from './types';

/** POST /invoices: a draft with lines typed by hand (fees, fixed prices, corrections), not from tracked time. */
export function createInvoice(body: ManualInvoiceBody): Promise<Invoice> {
  return ok(api.POST('/invoices', { body }));
}

export function useCreateInvoice() {
  return useInvalidatingMutation(createInvoice, invoiceDataKeys, { remember: rememberInvoice, done: 'Draft invoice created' });
}
