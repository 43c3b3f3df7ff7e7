import { useState, type FormEvent } from 'react';
import { FormActions } from '@/components/records/form-actions';
import { Checkbox } from '@/components/ui/checkbox';
import { FormError } from '@/components/ui/form-error';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { textBinder } from '@/lib/use-form-fields';
import { useSaveContact } from '../api/contacts';
import type { Contact, ContactUpdate } from '../api/types';

const FIELDS = ['first_name', 'last_name', 'email', 'phone', 'title', 'is_primary', 'notes'];
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Add or edit a contact of a client; making one primary takes the mark from the others. */
export function ContactForm({ clientId, contact, onDone }: { clientId: number; contact?: Contact | undefined; onDone: () => void }) {
  const save = useSaveContact();
  const [values, setValues] = useState({
    first_name: contact?.first_name ?? '',
    last_name: contact?.last_name ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    title: contact?.title ?? '',
    notes: contact?.notes ?? '',
    is_primary: contact?.is_primary ?? false,
  });
  const text = textBinder(values, setValues, save.error);
  function submit(event: FormEvent) {
    event.preventDefault();
    const body: ContactUpdate = {
      first_name: values.first_name.trim(),
      last_name: orNull(values.last_name),
      email: orNull(values.email),
      phone: orNull(values.phone),
      title: orNull(values.title),
      notes: values.notes,
      is_primary: values.is_primary,
    };
    save.mutate({ clientId, id: contact?.id, body }, { onSuccess: onDone });
  }
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError error={save.error} fields={FIELDS} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField label="First name" required maxLength={100} {...text('first_name')} />
        <TextField label="Last name" maxLength={100} {...text('last_name')} />
        <TextField label="Email" type="email" maxLength={254} {...text('email')} />
        <TextField label="Phone" type="tel" maxLength={50} {...text('phone')} />
        <TextField label="Job title" maxLength={200} className="sm:col-span-2" {...text('title')} />
      </div>
      <Checkbox
        label="Primary contact"
        description="The client's main contact; only one contact is primary."
        checked={values.is_primary}
        onChange={(e) => setValues((v) => ({ ...v, is_primary: e.target.checked }))}
      />
      <TextareaField label="Notes" maxLength={10000} {...text('notes')} />
      <FormActions onCancel={onDone} pending={save.isPending} editing={contact !== undefined} addLabel="Add contact" />
    </form>
  );
}
