import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { invalidateInvoiceData } from './invalidate-invoice-data';
import type { Invoice } from './types';

/** POST /invoices/{id}/send: marks a draft as sent (Timekeeper sends no email). */
export function sendInvoice(id: number): Promise<Invoice> {
  return ok(api.POST('/invoices/{id}/send', { params: { path: { id } } }));
}

export function useSendInvoice() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: sendInvoice, onSuccess: (invoice) => invalidateInvoiceData(queryClient, invoice) });
}
