import { useState, type FormEvent } from 'react';
import { FormActions } from '@/components/records/form-actions';
import { FormError } from '@/components/ui/form-error';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { fieldError } from '@/lib/field-errors';
import { textBinder } from '@/lib/use-form-fields';
import { useSaveLead } from '../api/leads';
import type { Lead, LeadUpdate } from '../api/types';
import { amountFromText, LEAD_STATUS, MANUAL_LEAD_STATUSES } from '../lib/labels';
import { MoneyFields } from './money-fields';
import { OwnerPicker } from './owner-picker';

const FIELDS = ['name', 'company', 'email', 'phone', 'source', 'status', 'owner_id', 'estimated_value', 'currency', 'notes'];
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Add or edit a lead (never a converted one: the list offers no edit for it). */
export function LeadForm({ lead, onDone }: { lead?: Lead | undefined; onDone: () => void }) {
  const save = useSaveLead();
  const [values, setValues] = useState({
    name: lead?.name ?? '',
    company: lead?.company ?? '',
    email: lead?.email ?? '',
    phone: lead?.phone ?? '',
    source: lead?.source ?? '',
    status: lead?.status ?? 'new',
    owner: lead ? String(lead.owner_id) : '',
    value: lead?.estimated_value != null ? String(lead.estimated_value) : '',
    currency: lead?.currency ?? '',
    notes: lead?.notes ?? '',
  });
  const [valueError, setValueError] = useState<string>();
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const err = (field: string) => fieldError(save.error, field);
  const text = textBinder(values, setValues, save.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const amount = amountFromText(values.value);
    if (amount === undefined) {
      setValueError('Type an amount such as 4500 or 4,500.50.');
      return;
    }
    setValueError(undefined);
    const body: LeadUpdate = {
      name: values.name.trim(),
      company: orNull(values.company),
      email: orNull(values.email),
      phone: orNull(values.phone),
      source: orNull(values.source),
      status: values.status as LeadUpdate['status'],
      estimated_value: amount,
      notes: values.notes,
    };
    if (values.currency.trim()) body.currency = values.currency.trim().toUpperCase();
    if (values.owner) body.owner_id = Number(values.owner);
    save.mutate({ id: lead?.id, body }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError error={save.error} fields={FIELDS} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField label="Name" required maxLength={200} {...text('name')} />
        <TextField label="Company" maxLength={200} {...text('company')} />
        <TextField label="Email" type="email" maxLength={254} {...text('email')} />
        <TextField label="Phone" type="tel" maxLength={50} {...text('phone')} />
        <TextField label="Source" maxLength={100} placeholder="Website, referral…" {...text('source')} />
        <SelectField
          label="Status"
          value={values.status}
          onChange={(e) => set({ status: e.target.value as typeof values.status })}
          options={MANUAL_LEAD_STATUSES.map((s) => ({ value: s, label: LEAD_STATUS[s].label }))}
          error={err('status')}
        />
        <MoneyFields
          label="Estimated value"
          amount={values.value}
          currency={values.currency}
          onChange={({ amount, currency }) =>
            set({ ...(amount === undefined ? {} : { value: amount }), ...(currency === undefined ? {} : { currency }) })
          }
          amountError={valueError ?? err('estimated_value')}
          currencyError={err('currency')}
        />
      </div>
      <OwnerPicker
        editAll="edit_all_leads"
        value={values.owner}
        onChange={(owner) => set({ owner })}
        current={lead?.owner}
        error={err('owner_id')}
      />
      <TextareaField label="Notes" maxLength={10000} {...text('notes')} />
      <FormActions onCancel={onDone} pending={save.isPending} editing={lead !== undefined} addLabel="Add lead" />
    </form>
  );
}
