import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { invoiceDataKeys, rememberInvoice } from './invalidate-invoice-data';
import type { Invoice, PaymentBody } from './types';

/** POST /invoices/{id}/payments: never more than the balance; the last one marks the invoice paid. */
export function recordPayment(id: number, body: PaymentBody): Promise<Invoice> {
  return ok(api.POST('/invoices/{id}/payments', { params: { path: { id } }, body }));
}

export function useRecordPayment(id: number) {
  return useInvalidatingMutation((body: PaymentBody) => recordPayment(id, body), invoiceDataKeys, {
    remember: rememberInvoice,
    done: (invoice) => (invoice.status === 'paid' ? 'Payment recorded: the invoice is paid' : 'Payment recorded'),
  });
}
