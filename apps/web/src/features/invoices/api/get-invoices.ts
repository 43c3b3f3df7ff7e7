import { api, ok } from '@/lib/api-client';
import { usePageQuery } from '@/lib/page-query';
import { invoicesKeys } from './invoices-keys';
import type { InvoiceFilter, InvoiceList } from './types';

/** GET /invoices: the invoices the caller may see, newest issue date first. */
export function getInvoices(filter: InvoiceFilter, signal?: AbortSignal): Promise<InvoiceList> {
  return ok(api.GET('/invoices', { params: { query: { status: filter.status, page: filter.page, per_page: 25 } }, signal }));
}

export function useInvoices(filter: InvoiceFilter) {
  return usePageQuery(invoicesKeys.list(filter), (signal) => getInvoices(filter, signal));
}
