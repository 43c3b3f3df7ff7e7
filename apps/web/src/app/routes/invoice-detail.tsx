import { useParams } from 'react-router';
import { InvoiceDetailView } from '@/features/invoices/components/invoice-detail-view';
import { DetailRoute } from './detail-route';

/** /invoices/:invoiceId (the invoices page's permission, checked by the router). */
export function InvoiceDetailRoute() {
  return (
    <DetailRoute
      id={Number(useParams().invoiceId)}
      back={{ to: '/invoices', label: 'Invoices' }}
      notFound={{ title: 'Invoice not found', text: 'This address does not name an invoice.' }}
    >
      {(id) => <InvoiceDetailView key={id} invoiceId={id} />}
    </DetailRoute>
  );
}
