import { useState, type FormEvent } from 'react';
import { ProjectPicker } from '@/components/records/project-task-picker';
import { ErrorMessage } from '@/components/ui/error-message';
import { FormActions } from '@/components/ui/form-actions';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { useClientOptions } from '@/features/projects';
import { useAccess } from '@/lib/access';
import { fieldError } from '@/lib/field-errors';
import { useProjectOptions } from '@/lib/records/project-options';
import { useDates } from '@/lib/time-settings';
import { useCreateInvoice } from '../api/create-invoice';
import type { Invoice } from '../api/types';
import { buildLines, emptyLine, parseTaxRate, type LineErrors, type LineValues } from '../lib/lines-form';
import { InvoiceDateFields } from './invoice-date-fields';
import { InvoiceLinesEditor } from './invoice-lines-editor';

const CURRENCY = /^[A-Z]{3}$/;

/**
 * A draft typed by hand (fees, fixed prices, corrections): an optional client and project (only
 * projects the caller may invoice), currency, dates, tax, notes and its lines.
 */
export function ManualInvoiceForm({ onCreated, onCancel }: { onCreated: (invoice: Invoice) => void; onCancel: () => void }) {
  const access = useAccess();
  const dates = useDates();
  const create = useCreateInvoice();
  const clients = useClientOptions(access.can('view_clients'));
  const projects = useProjectOptions();
  const [clientId, setClientId] = useState('');
  const [projectId, setProjectId] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [issueDate, setIssueDate] = useState(dates.today());
  const [dueDate, setDueDate] = useState('');
  const [taxRate, setTaxRate] = useState('0');
  const [notes, setNotes] = useState('');
  const [lines, setLines] = useState<LineValues[]>(() => [emptyLine()]);
  const [lineErrors, setLineErrors] = useState<Record<string, LineErrors>>({});
  const [problems, setProblems] = useState<{ currency?: string; tax?: string; lines?: string }>({});

  /** A project brings its client and currency along (both can still be changed). */
  const chooseProject = (id: string) => {
    setProjectId(id);
    const project = projects.byId.get(Number(id));
    if (project?.client_id) setClientId(String(project.client_id));
    if (project?.currency) setCurrency(project.currency);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const built = buildLines(lines);
    const tax = parseTaxRate(taxRate);
    const code = currency.trim().toUpperCase();
    setLineErrors(built.errors ?? {});
    const found = {
      ...(CURRENCY.test(code) ? {} : { currency: 'Three capital letters, such as EUR or USD.' }),
      ...(tax === null ? { tax: 'A rate from 0 to 100, with at most two decimals.' } : {}),
      ...(lines.length === 0 ? { lines: 'Add at least one line.' } : {}),
    };
    setProblems(found);
    if (built.errors || Object.keys(found).length > 0 || tax === null) return;
    create.mutate(
      {
        currency: code,
        issue_date: issueDate,
        tax_rate: tax,
        lines: built.lines,
        ...(clientId ? { client_id: Number(clientId) } : {}),
        ...(projectId ? { project_id: Number(projectId) } : {}),
        ...(dueDate ? { due_date: dueDate } : {}),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      },
      { onSuccess: onCreated },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="New invoice">
      {create.error ? <ErrorMessage error={create.error} title="No draft was created" /> : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <ProjectPicker
          label="Project (optional)"
          value={projectId}
          onChange={chooseProject}
          action="invoice"
          clearable
          error={fieldError(create.error, 'project_id')}
        />
        {access.can('view_clients') ? (
          <SelectField
            label="Client (optional)"
            placeholder="No client"
            value={clientId}
            onChange={(e) => setClientId(e.target.value)}
            options={(clients.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
            error={fieldError(create.error, 'client_id')}
          />
        ) : null}
        <TextField
          label="Currency"
          value={currency}
          maxLength={3}
          autoCapitalize="characters"
          onChange={(e) => setCurrency(e.target.value)}
          error={problems.currency ?? fieldError(create.error, 'currency')}
        />
        <TextField
          label="Tax rate (%)"
          inputMode="decimal"
          value={taxRate}
          onChange={(e) => setTaxRate(e.target.value)}
          error={problems.tax}
        />
        <InvoiceDateFields issueDate={issueDate} dueDate={dueDate} onIssueDate={setIssueDate} onDueDate={setDueDate} error={create.error} />
      </div>
      <section aria-label="Lines" className="space-y-2">
        <h3 className="text-sm font-semibold text-fg">Lines</h3>
        <InvoiceLinesEditor lines={lines} onChange={setLines} currency={CURRENCY.test(currency) ? currency : 'EUR'} errors={lineErrors} />
        {problems.lines ? <p className="text-sm text-danger-fg">{problems.lines}</p> : null}
      </section>
      <TextareaField label="Notes (printed on the invoice)" maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <FormActions onCancel={onCancel} pending={create.isPending} submitLabel="Create draft" pendingLabel="Creating…" />
    </form>
  );
}
