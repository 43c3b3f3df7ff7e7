import { useState, type FormEvent } from 'react';
import { FormActions } from '@/components/records/form-actions';
import { FormError } from '@/components/ui/form-error';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { ClientPicker } from '@/features/projects';
import { useAccess } from '@/lib/access';
import { fieldError } from '@/lib/field-errors';
import { contactName, useContacts } from '../api/contacts';
import { useDealStages, useSaveDeal } from '../api/deals';
import type { Deal, DealUpdate } from '../api/types';
import { stageLabel } from '../lib/board';
import { amountFromText } from '../lib/labels';
import { MoneyFields } from './money-fields';
import { OwnerPicker } from './owner-picker';

const FIELDS = [
  'name',
  'client_id',
  'contact_id',
  'owner_id',
  'stage',
  'value_amount',
  'currency',
  'probability',
  'expected_close_date',
  'notes',
];

/** The contacts of the chosen client, for the deal's contact (with view_contacts). */
function ContactSelect({
  clientId,
  value,
  onChange,
  error,
}: {
  clientId: number;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
}) {
  const contacts = useContacts(clientId);
  return (
    <SelectField
      label="Contact"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder={contacts.isPending ? 'Loading…' : 'No contact'}
      options={(contacts.data?.contacts ?? []).map((c) => ({ value: String(c.id), label: contactName(c) }))}
      error={error}
    />
  );
}

/** Add or edit an open deal. Its status changes only through Win and Lose. */
export function DealForm({ deal, onDone, clientId }: { deal?: Deal | undefined; onDone: () => void; clientId?: number }) {
  const access = useAccess();
  const save = useSaveDeal();
  const stages = useDealStages();
  const [values, setValues] = useState({
    name: deal?.name ?? '',
    client: deal?.client_id != null ? String(deal.client_id) : clientId ? String(clientId) : '',
    contact: deal?.contact_id != null ? String(deal.contact_id) : '',
    owner: deal ? String(deal.owner_id) : '',
    stage: deal?.stage ?? '',
    value: deal?.value_amount != null ? String(deal.value_amount) : '',
    currency: deal?.currency ?? '',
    probability: deal?.probability != null ? String(deal.probability) : '',
    close: deal?.expected_close_date ?? '',
    notes: deal?.notes ?? '',
  });
  const [valueError, setValueError] = useState<string>();
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const err = (field: string) => fieldError(save.error, field);
  const stageOptions = [...(stages.data ?? [])];
  if (deal && !stageOptions.includes(deal.stage)) stageOptions.push(deal.stage);

  function submit(event: FormEvent) {
    event.preventDefault();
    const amount = amountFromText(values.value);
    if (amount === undefined) {
      setValueError('Type an amount such as 12000 or 12,000.50.');
      return;
    }
    setValueError(undefined);
    const body: DealUpdate = {
      name: values.name.trim(),
      value_amount: amount,
      probability: values.probability.trim() === '' ? null : Number(values.probability),
      expected_close_date: values.close || null,
      notes: values.notes,
    };
    // The client and contact are sent only by who sees their pickers: never cleared by someone who cannot.
    if (access.can('view_clients')) body.client_id = values.client ? Number(values.client) : null;
    if (access.can('view_clients') && access.can('view_contacts'))
      body.contact_id = values.client && values.contact ? Number(values.contact) : null;
    if (values.stage) body.stage = values.stage;
    if (values.currency.trim()) body.currency = values.currency.trim().toUpperCase();
    if (values.owner) body.owner_id = Number(values.owner);
    save.mutate({ id: deal?.id, body }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError error={save.error} fields={FIELDS} />
      <TextField
        label="Name"
        required
        maxLength={200}
        value={values.name}
        onChange={(e) => set({ name: e.target.value })}
        error={err('name')}
      />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {access.can('view_clients') ? (
          <ClientPicker
            value={values.client}
            onChange={(client) => set({ client, contact: '' })}
            status="active"
            placeholder="No client"
            error={err('client_id')}
          />
        ) : null}
        {values.client && access.can('view_contacts') ? (
          <ContactSelect
            clientId={Number(values.client)}
            value={values.contact}
            onChange={(contact) => set({ contact })}
            error={err('contact_id')}
          />
        ) : null}
        <SelectField
          label="Stage"
          value={values.stage}
          onChange={(e) => set({ stage: e.target.value })}
          placeholder={deal ? undefined : 'First stage'}
          options={stageOptions.map((s) => ({ value: s, label: stageLabel(s) }))}
          error={err('stage')}
        />
        <MoneyFields
          label="Value"
          amount={values.value}
          currency={values.currency}
          onChange={({ amount, currency }) =>
            set({ ...(amount === undefined ? {} : { value: amount }), ...(currency === undefined ? {} : { currency }) })
          }
          amountError={valueError ?? err('value_amount')}
          currencyError={err('currency')}
        />
        <TextField
          label="Probability (%)"
          type="number"
          min={0}
          max={100}
          value={values.probability}
          onChange={(e) => set({ probability: e.target.value })}
          error={err('probability')}
        />
        <TextField
          label="Expected close"
          type="date"
          value={values.close}
          onChange={(e) => set({ close: e.target.value })}
          error={err('expected_close_date')}
        />
      </div>
      <OwnerPicker
        editAll="edit_all_deals"
        value={values.owner}
        onChange={(owner) => set({ owner })}
        current={deal?.owner}
        error={err('owner_id')}
      />
      <TextareaField
        label="Notes"
        maxLength={10000}
        value={values.notes}
        onChange={(e) => set({ notes: e.target.value })}
        error={err('notes')}
      />
      <FormActions onCancel={onDone} pending={save.isPending} editing={deal !== undefined} addLabel="Add deal" />
    </form>
  );
}
