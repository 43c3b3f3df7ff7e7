import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { invoiceDataKeys, rememberInvoice } from './invalidate-invoice-data';
import type { Invoice, UpdateInvoiceBody } from './types';

/**
 * PUT /invoices/{id}: edits a draft. `lines` is the complete new list: lines left out are removed
 * and their time entries and expenses become billable again (docs/api/invoices.md).
 */
export function updateInvoice({ id, body }: { id: number; body: UpdateInvoiceBody }): Promise<Invoice> {
  return ok(api.PUT('/invoices/{id}', { params: { path: { id } }, body }));
}

export function useUpdateInvoice() {
  return useInvalidatingMutation(updateInvoice, invoiceDataKeys, { remember: rememberInvoice, done: 'Draft saved' });
}
