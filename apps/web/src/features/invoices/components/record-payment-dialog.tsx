import { useState, type FormEvent } from 'react';
import { FormActions } from '@/components/ui/form-actions';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/error-message';
import { TextField } from '@/components/ui/text-field';
import { fieldError } from '@/lib/field-errors';
import { parseAmount } from '@/lib/money';
import { toDateString } from '@/lib/dates';
import { useRecordPayment } from '../api/record-payment';
import type { Invoice } from '../api/types';
import { formatMoney } from '@/lib/money';

/** Records a payment on a sent invoice; the balance is the default and the limit (the API enforces it). */
export function RecordPaymentDialog({
  invoice,
  open,
  onOpenChange,
}: {
  invoice: Invoice;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [amount, setAmount] = useState(String(invoice.balance));
  const [paidOn, setPaidOn] = useState(() => toDateString(new Date()));
  const [method, setMethod] = useState('');
  const [invalid, setInvalid] = useState(false);
  const pay = useRecordPayment(invoice.id);

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = parseAmount(amount);
    if (value === null) return setInvalid(true);
    pay.mutate(
      { amount: value, paid_on: paidOn, ...(method.trim() ? { method: method.trim() } : {}) },
      { onSuccess: () => onOpenChange(false) },
    );
  }

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Record a payment on ${invoice.number}`}
      description={`Balance: ${formatMoney(invoice.balance, invoice.currency)}`}
    >
      <form onSubmit={submit} className="space-y-4" noValidate>
        {pay.error && !fieldError(pay.error, 'amount') ? <ErrorMessage error={pay.error} title="Could not record the payment" /> : null}
        <TextField
          label={`Amount (${invoice.currency})`}
          inputMode="decimal"
          required
          value={amount}
          onChange={(e) => {
            setAmount(e.target.value);
            setInvalid(false);
          }}
          error={invalid ? 'A positive amount with at most two decimals.' : fieldError(pay.error, 'amount')}
        />
        <TextField
          label="Paid on"
          type="date"
          required
          value={paidOn}
          onChange={(e) => setPaidOn(e.target.value)}
          error={fieldError(pay.error, 'paid_on')}
        />
        <TextField
          label="Method (optional)"
          placeholder="e.g. bank transfer"
          maxLength={100}
          value={method}
          onChange={(e) => setMethod(e.target.value)}
        />
        <FormActions onCancel={() => onOpenChange(false)} pending={pay.isPending} submitLabel="Record payment" pendingLabel="Recording…" />
      </form>
    </Dialog>
  );
}
