import { Link, useParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { InvoiceDetailView } from '@/features/invoices/components/invoice-detail-view';

/** /invoices/:invoiceId (the invoices page's permission, checked by the router). */
export function InvoiceDetailRoute() {
  const id = Number(useParams().invoiceId);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link to="/invoices" className="text-indigo-700 hover:underline">
          ← Invoices
        </Link>
      </nav>
      {Number.isInteger(id) && id > 0 ? (
        <InvoiceDetailView key={id} invoiceId={id} />
      ) : (
        <EmptyState title="Invoice not found">This address does not name an invoice.</EmptyState>
      )}
    </>
  );
}
