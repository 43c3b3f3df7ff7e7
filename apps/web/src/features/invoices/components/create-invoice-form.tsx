import { useState, type ChangeEvent, type FormEvent } from 'react';
import { FormActions } from '@/components/ui/form-actions';
import { Checkbox } from '@/components/ui/checkbox';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorMessage } from '@/components/ui/error-message';
import { SelectField } from '@/components/ui/select-field';
import { Spinner } from '@/components/ui/spinner';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { useAccess } from '@/lib/access';
import { isApiError } from '@/lib/api-client';
import { fieldError, fieldOf } from '@/lib/field-errors';
import { useClientOptions } from '@/features/projects';
import { ProjectPicker } from '@/components/records/project-task-picker';
import { DateRangeFields } from '@/components/records/date-range-fields';
import { rangeProblem } from '@/lib/records/periods';
import { useProjectOptions, useProjectsAllowing } from '@/lib/records/project-options';
import { useDates } from '@/lib/time-settings';
import { useCreateInvoiceFromTime } from '../api/create-invoice-from-time';
import type { Invoice } from '../api/types';
import { buildFromTimeBody, type FromTimeErrors, type FromTimeValues } from '../lib/from-time-form';

const FIELDS = ['project_id', 'client_id', 'start_date', 'end_date', 'tax_rate'] as const;

/** Project or client (only those the caller may invoice: ≥ edit_financials), period, tax and options. */
export function CreateInvoiceForm({ onCreated, onCancel }: { onCreated: (invoice: Invoice) => void; onCancel: () => void }) {
  const access = useAccess();
  const projects = useProjectOptions();
  const invoiceable = useProjectsAllowing(projects.data, 'invoice');
  const clientQuery = useClientOptions(access.can('view_clients'));
  const create = useCreateInvoiceFromTime();
  const dates = useDates();
  const month = dates.lastMonth();
  const [values, setValues] = useState<FromTimeValues>({
    billTo: 'project',
    projectId: '',
    clientId: '',
    startDate: month.start,
    endDate: month.end,
    taxRate: '0',
    dueDate: '',
    onlyApproved: false,
    includeExpenses: true,
    notes: '',
  });
  const [errors, setErrors] = useState<FromTimeErrors>({});
  const change = (patch: Partial<FromTimeValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setErrors({});
  };
  const errorFor = (field: (typeof FIELDS)[number]) => errors[field] ?? fieldError(create.error, field);
  /** Binds an input to its value and, when it has one, to the error of its request field. */
  const bind = (
    key: 'projectId' | 'clientId' | 'startDate' | 'endDate' | 'taxRate' | 'dueDate' | 'notes',
    field?: (typeof FIELDS)[number],
  ) => ({
    value: values[key],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => change({ [key]: e.target.value }),
    error: field && errorFor(field),
  });
  const clientIds = new Set(invoiceable.allowed.map((p) => p.client_id));
  const clients = (clientQuery.data ?? []).filter((c) => clientIds.has(c.id));

  function submit(event: FormEvent) {
    event.preventDefault();
    const built = buildFromTimeBody(values);
    if (built.errors) return setErrors(built.errors);
    create.mutate(built.body, { onSuccess: onCreated });
  }

  if (projects.isPending || invoiceable.isPending) return <Spinner label="Loading the projects you may invoice…" />;
  if (invoiceable.allowed.length === 0) {
    return (
      <EmptyState title="No project to invoice">
        Invoicing a project needs the Edit Financials level on it (or Project Administrator).
      </EmptyState>
    );
  }
  const apiOnly =
    create.error &&
    !(
      isApiError(create.error) &&
      create.error.fieldErrors.length > 0 &&
      create.error.fieldErrors.every((e) => FIELDS.some((f) => f === fieldOf(e.path)))
    );
  return (
    <form onSubmit={submit} className="space-y-4" noValidate aria-label="New invoice from time">
      {apiOnly ? <ErrorMessage error={create.error} title="No draft was created" /> : null}
      {clients.length > 0 ? (
        <SelectField
          label="Bill"
          value={values.billTo}
          onChange={(e) => change({ billTo: e.target.value as FromTimeValues['billTo'] })}
          options={[
            { value: 'project', label: 'One project' },
            { value: 'client', label: 'All projects of a client' },
          ]}
        />
      ) : null}
      {values.billTo === 'project' ? (
        <ProjectPicker
          value={values.projectId}
          onChange={(projectId) => change({ projectId })}
          action="invoice"
          error={errorFor('project_id')}
        />
      ) : (
        <SelectField
          label="Client"
          required
          placeholder="Choose a client"
          options={clients.map((c) => ({ value: String(c.id), label: c.name }))}
          {...bind('clientId', 'client_id')}
        />
      )}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <DateRangeFields
          className=""
          required
          start={values.startDate}
          end={values.endDate}
          onStartChange={(startDate) => change({ startDate })}
          onEndChange={(endDate) => change({ endDate })}
          startError={errorFor('start_date')}
          endError={errorFor('end_date')}
        />
        <TextField label="Tax rate (%)" inputMode="decimal" {...bind('taxRate', 'tax_rate')} />
        <TextField label="Due date (optional)" type="date" {...bind('dueDate')} />
      </div>
      <p className="text-sm text-fg-muted">
        From and To are your days ({dates.settings.time_zone}): the time that started on them is billed, and each line is dated on your day.
      </p>
      <Checkbox
        label="Only approved time"
        description="Leave out entries whose approval was not granted."
        checked={values.onlyApproved}
        onChange={(e) => change({ onlyApproved: e.target.checked })}
      />
      <Checkbox
        label="Include billable expenses"
        checked={values.includeExpenses}
        onChange={(e) => change({ includeExpenses: e.target.checked })}
      />
      <TextareaField label="Notes (printed on the invoice)" maxLength={5000} {...bind('notes')} />
      <FormActions
        onCancel={onCancel}
        pending={create.isPending}
        disabled={rangeProblem(values.startDate, values.endDate) !== null}
        submitLabel="Create draft"
        pendingLabel="Creating…"
      />
    </form>
  );
}
