import { useState, type ChangeEvent, type FormEvent } from 'react';
import { FormActions } from '@/components/records/form-actions';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useAccess } from '@/lib/access';
import { fieldError } from '@/lib/field-errors';
import { FormError } from '@/components/ui/form-error';
import { TextareaField } from '@/components/ui/textarea-field';
import { useSaveClient } from '../api/save-client';
import type { Client, ClientStatus, ClientUpdate } from '../api/types';

const FIELDS = ['name', 'email', 'phone', 'address', 'notes', 'status'];
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Create or edit a client. Internal notes appear (and are sent) only with manage_client_notes. */
export function ClientForm({ client, onDone }: { client?: Client | undefined; onDone: () => void }) {
  const canNotes = useAccess().can('manage_client_notes');
  const save = useSaveClient();
  const [values, setValues] = useState({
    name: client?.name ?? '',
    email: client?.email ?? '',
    phone: client?.phone ?? '',
    address: client?.address ?? '',
    notes: client?.notes ?? '',
    status: client?.status ?? ('active' as ClientStatus),
  });
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const err = (field: string) => fieldError(save.error, field);
  /** Binds a text input to its value and to the API's error for the field of the same name. */
  const text = (key: 'name' | 'email' | 'phone' | 'address' | 'notes') => ({
    value: values[key],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set({ [key]: e.target.value }),
    error: err(key),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: ClientUpdate = {
      name: values.name.trim(),
      email: orNull(values.email),
      phone: orNull(values.phone),
      address: orNull(values.address),
    };
    if (canNotes) body.notes = values.notes;
    if (client) body.status = values.status;
    save.mutate({ id: client?.id, body }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError error={save.error} fields={FIELDS} />
      <TextField label="Name" required maxLength={200} {...text('name')} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField label="Email" type="email" maxLength={254} {...text('email')} />
        <TextField label="Phone" type="tel" maxLength={50} {...text('phone')} />
      </div>
      <TextareaField label="Address" rows={2} maxLength={1000} {...text('address')} />
      {canNotes ? (
        <TextareaField
          label="Internal notes"
          hint="Visible only to people who may manage client notes."
          maxLength={10000}
          {...text('notes')}
        />
      ) : null}
      {client ? (
        <SelectField
          label="Status"
          value={values.status}
          onChange={(e) => set({ status: e.target.value as ClientStatus })}
          options={[
            { value: 'active', label: 'Active' },
            { value: 'archived', label: 'Archived' },
          ]}
          error={err('status')}
        />
      ) : null}
      <FormActions onCancel={onDone} pending={save.isPending} editing={client !== undefined} addLabel="Add client" />
    </form>
  );
}
