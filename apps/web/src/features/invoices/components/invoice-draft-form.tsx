import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/ui/error-message';
import { FormActions } from '@/components/ui/form-actions';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { fieldError } from '@/lib/field-errors';
import { useUpdateInvoice } from '../api/update-invoice';
import type { Invoice } from '../api/types';
import { buildLines, linesOf, parseTaxRate, type LineErrors, type LineValues } from '../lib/lines-form';
import { InvoiceDateFields } from './invoice-date-fields';
import { InvoiceLinesEditor } from './invoice-lines-editor';

/**
 * A draft's dates, tax, notes and lines, saved with one PUT. The lines sent are the complete list:
 * a removed line that billed time or an expense makes it billable again.
 */
export function InvoiceDraftForm({ invoice, onDone }: { invoice: Invoice; onDone: () => void }) {
  const update = useUpdateInvoice();
  const [lines, setLines] = useState<LineValues[]>(() => linesOf(invoice));
  const [issueDate, setIssueDate] = useState(invoice.issue_date);
  const [dueDate, setDueDate] = useState(invoice.due_date ?? '');
  const [taxRate, setTaxRate] = useState(String(invoice.tax_rate));
  const [notes, setNotes] = useState(invoice.notes ?? '');
  const [lineErrors, setLineErrors] = useState<Record<string, LineErrors>>({});
  const [taxError, setTaxError] = useState<string>();
  const billed = invoice.lines.filter((l) => l.time_entry_id !== null || l.expense_id !== null).map((l) => l.id);
  const freed = billed.filter((id) => !lines.some((l) => l.id === id)).length;

  function submit(event: FormEvent) {
    event.preventDefault();
    const built = buildLines(lines);
    const tax = parseTaxRate(taxRate);
    setLineErrors(built.errors ?? {});
    setTaxError(tax === null ? 'A rate from 0 to 100, with at most two decimals.' : undefined);
    if (built.errors || tax === null) return;
    update.mutate(
      {
        id: invoice.id,
        body: { issue_date: issueDate, due_date: dueDate || null, tax_rate: tax, notes: notes.trim(), lines: built.lines },
      },
      { onSuccess: onDone },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={`Edit ${invoice.number}`}>
      {update.error && !fieldError(update.error, 'issue_date') && !fieldError(update.error, 'due_date') ? (
        <ErrorMessage error={update.error} title="The draft was not saved" />
      ) : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <InvoiceDateFields issueDate={issueDate} dueDate={dueDate} onIssueDate={setIssueDate} onDueDate={setDueDate} error={update.error} />
        <TextField label="Tax rate (%)" inputMode="decimal" value={taxRate} onChange={(e) => setTaxRate(e.target.value)} error={taxError} />
      </div>
      <InvoiceLinesEditor lines={lines} onChange={setLines} currency={invoice.currency} errors={lineErrors} />
      {freed > 0 ? (
        <p className="text-sm text-fg-muted" role="status">
          {freed === 1 ? 'One removed line billed' : `${freed} removed lines billed`} tracked time or an expense: saving makes it billable
          again.
        </p>
      ) : null}
      <TextareaField label="Notes (printed on the invoice)" maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <FormActions onCancel={onDone} pending={update.isPending} submitLabel="Save draft" pendingLabel="Saving…" />
    </form>
  );
}
