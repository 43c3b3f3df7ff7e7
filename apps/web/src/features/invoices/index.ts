/** What pages use of invoices: the list, "New invoice from time" and one invoice's page. */
export { InvoicesList } from './components/invoices-list';
export { CreateInvoiceDialog } from './components/create-invoice-dialog';
export { InvoiceDetailView } from './components/invoice-detail-view';
export { invoicesKeys } from './api/invoices-keys';
export { useInvoice } from './api/get-invoice';
export type { Invoice, InvoiceSummary, InvoiceStatus } from './api/types';
