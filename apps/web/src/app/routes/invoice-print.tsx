import { useParams } from 'react-router';
import { Spinner } from '@/components/ui/spinner';
import { InvoicePrintView } from '@/features/invoices/components/invoice-print-view';
import { TimeSettingsProvider } from '@/lib/time-settings';

/**
 * /invoices/:invoiceId/print: the invoice as a document, without the app's frame (the invoices
 * page's permission, checked by the router). Dates and numbers are in the person's own settings.
 */
export function InvoicePrintRoute() {
  const id = Number(useParams().invoiceId);
  return (
    <TimeSettingsProvider fallback={<Spinner label="Loading your settings…" />}>
      <InvoicePrintView key={id} invoiceId={id} />
    </TimeSettingsProvider>
  );
}
