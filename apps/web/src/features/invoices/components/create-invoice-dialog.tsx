import { FilePlus2 } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { CreateInvoiceForm } from './create-invoice-form';

/** "New invoice from time": the form in a dialog; the new draft opens when it is created. */
export function CreateInvoiceDialog() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        <FilePlus2 aria-hidden="true" className="mr-1 size-4" /> New invoice from time
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="New invoice from time"
        description="Drafts an invoice from the unbilled billable time (and expenses) of one project or client in a period."
      >
        {open ? <CreateInvoiceForm onCreated={(invoice) => navigate(`/invoices/${invoice.id}`)} onCancel={() => setOpen(false)} /> : null}
      </Dialog>
    </>
  );
}
