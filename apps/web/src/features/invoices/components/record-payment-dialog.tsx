import { useState, type FormEvent } from 'react';
import { FormActions } from '@/components/ui/form-actions';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/error-message';
import { TextField } from '@/components/ui/text-field';
import { fieldError } from '@/lib/field-errors';
import { textBinder } from '@/lib/use-form-fields';
import { parseAmount } from '@/lib/money';
import { useDates } from '@/lib/time-settings';
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
  const { today } = useDates();
  const [form, setForm] = useState(() => ({ amount: String(invoice.balance), paid_on: today(), method: '' }));
  const [invalid, setInvalid] = useState(false);
  const pay = useRecordPayment(invoice.id);
  const bind = textBinder(form, setForm, pay.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = parseAmount(form.amount);
    if (value === null) return setInvalid(true);
    pay.mutate(
      { amount: value, paid_on: form.paid_on, ...(form.method.trim() ? { method: form.method.trim() } : {}) },
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
          value={form.amount}
          onChange={(e) => {
            setForm({ ...form, amount: e.target.value });
            setInvalid(false);
          }}
          error={invalid ? 'A positive amount with at most two decimals.' : fieldError(pay.error, 'amount')}
        />
        <TextField label="Paid on" type="date" required {...bind('paid_on')} />
        <TextField
          label="Method (optional)"
          placeholder="e.g. bank transfer"
          maxLength={100}
          value={form.method}
          onChange={(e) => setForm({ ...form, method: e.target.value })}
        />
        <FormActions onCancel={() => onOpenChange(false)} pending={pay.isPending} submitLabel="Record payment" pendingLabel="Recording…" />
      </form>
    </Dialog>
  );
}
