import { PageHeader } from '@/components/ui/page-header';
import { InvoicesList } from '@/features/invoices/components/invoices-list';
import { CreateInvoiceDialog } from '@/features/invoices/components/create-invoice-dialog';
import { ManualInvoiceSheet } from '@/features/invoices/components/manual-invoice-sheet';
import { useAccess } from '@/lib/access';

/** /invoices (view_own_invoices or view_all_invoices, checked by the router). */
export function InvoicesRoute() {
  const access = useAccess();
  return (
    <>
      <PageHeader
        title="Invoices"
        description="Invoices you created, those of projects whose financials you see, or all of them when your role lets you."
        actions={
          access.can('create_invoices') ? (
            <div className="flex flex-wrap gap-2">
              <ManualInvoiceSheet />
              <CreateInvoiceDialog />
            </div>
          ) : null
        }
      />
      <InvoicesList />
    </>
  );
}
