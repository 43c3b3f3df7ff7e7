import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { invoiceDataKeys, rememberInvoice } from './invalidate-invoice-data';
import type { Invoice } from './types';

/** POST /invoices/{id}/send: marks a draft as sent (Timekeeper sends no email). */
export function sendInvoice(id: number): Promise<Invoice> {
  return ok(api.POST('/invoices/{id}/send', { params: { path: { id } } }));
}

export function useSendInvoice() {
  return useInvalidatingMutation(sendInvoice, invoiceDataKeys, { remember: rememberInvoice, done: 'Invoice marked as sent' });
}
