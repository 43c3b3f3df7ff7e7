import { FilePlus } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Sheet } from '@/components/ui/sheet';
import { ManualInvoiceForm } from './manual-invoice-form';

/** "New invoice": a draft typed by hand, in a side sheet; the new draft opens when it is created. */
export function ManualInvoiceSheet() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <FilePlus aria-hidden="true" className="mr-1 size-4" /> New invoice
      </Button>
      <Sheet
        open={open}
        onOpenChange={setOpen}
        title="New invoice"
        description="A draft with lines you type: fees, fixed prices, corrections. To bill tracked time, use “New invoice from time”."
      >
        {open ? <ManualInvoiceForm onCreated={(invoice) => navigate(`/invoices/${invoice.id}`)} onCancel={() => setOpen(false)} /> : null}
      </Sheet>
    </>
  );
}
