import type { InvoiceFilter } from './types';

/** Query keys of invoices; every change to an invoice invalidates `invoicesKeys.all`. */
export const invoicesKeys = {
  all: ['invoices'] as const,
  list: (filter: InvoiceFilter) => [...invoicesKeys.all, 'list', filter] as const,
  detail: (id: number) => [...invoicesKeys.all, 'detail', id] as const,
};
