import { useQuery } from '@tanstack/react-query';
import { api, getApiClientConfig, ok } from '@/lib/api-client';
import { invoicesKeys } from './invoices-keys';
import type { Invoice } from './types';

/** GET /invoices/{id}: lines, totals and payments (404 for an invoice the caller may not see). */
export function getInvoice(id: number, signal?: AbortSignal): Promise<Invoice> {
  return ok(api.GET('/invoices/{id}', { params: { path: { id } }, signal }));
}

/** `enabled: false` when the caller may not read it (e.g. only to name the invoice that locks an entry). */
export function useInvoice(id: number, enabled = true) {
  return useQuery({ queryKey: invoicesKeys.detail(id), queryFn: ({ signal }) => getInvoice(id, signal), enabled });
}

/** GET /invoices/{id}/html, opened by the browser itself (the session cookie goes along): the printable page. */
export function invoiceHtmlUrl(id: number): string {
  return `${getApiClientConfig().baseUrl}/invoices/${id}/html`;
}
