import type { ApiBody, ApiData, ApiQuery, ItemOf } from '@/lib/api/types';

export type InvoiceList = ApiData<'/invoices', 'get'>;
/** An invoice in a list (GET /invoices): no lines, no payments. Amounts are numbers in `currency`. */
export type InvoiceSummary = ItemOf<InvoiceList['invoices']>;
/** GET /invoices/{id}: the summary with names, lines and payments. */
export type Invoice = ApiData<'/invoices/{id}', 'get'>;
export type InvoiceLine = ItemOf<Invoice['lines']>;
export type Payment = ItemOf<Invoice['payments']>;
export type InvoiceStatus = InvoiceSummary['status'];

/** The list's filters: a status (or all) and a page. */
export type InvoiceFilter = Pick<ApiQuery<'/invoices', 'get'>, 'status'> & Required<Pick<ApiQuery<'/invoices', 'get'>, 'page'>>;

/** POST /invoices/from-time-entries: exactly one of project_id and client_id. */
export type FromTimeBody = ApiBody<'/invoices/from-time-entries', 'post'>;
export type PaymentBody = ApiBody<'/invoices/{id}/payments', 'post'>;
/** PUT /invoices/{id}: a draft's dates, tax, notes and (the complete list of) lines. */
export type UpdateInvoiceBody = ApiBody<'/invoices/{id}', 'put'>;
/** POST /invoices: a draft typed by hand. */
export type ManualInvoiceBody = ApiBody<'/invoices', 'post'>;

export const INVOICE_STATUSES = ['draft', 'sent', 'paid', 'void'] as const satisfies readonly InvoiceStatus[];
