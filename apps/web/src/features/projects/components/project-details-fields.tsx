import { Checkbox } from '@/components/ui/checkbox';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { textBinder } from '@/lib/use-form-fields';
import type { ClientOption } from '../api/types';

export interface DetailValues {
  name: string;
  description: string;
  client_id: string;
  billable: boolean;
}

interface ProjectDetailsFieldsProps {
  values: DetailValues;
  onChange: (values: DetailValues) => void;
  /** null: the person may not list clients, so the client is left as it is. */
  clients: ClientOption[] | null;
  error: unknown;
}

/** Name, description, client and billable: the fields of "New project" and "Edit details". */
export function ProjectDetailsFields({ values, onChange, clients, error }: ProjectDetailsFieldsProps) {
  const options = (clients ?? [])
    .filter((c) => c.status === 'active' || String(c.id) === values.client_id)
    .map((c) => ({ value: String(c.id), label: c.name }));
  const bind = textBinder(values, onChange, error);
  return (
    <>
      <TextField label="Name" required maxLength={200} {...bind('name')} />
      <TextareaField label="Description (optional)" rows={2} maxLength={5000} {...bind('description')} />
      {clients ? <SelectField label="Client" placeholder="No client" options={options} {...bind('client_id')} /> : null}
      <Checkbox
        label="Billable"
        description="New time entries on this project are billable unless marked otherwise."
        checked={values.billable}
        onChange={(e) => onChange({ ...values, billable: e.target.checked })}
      />
    </>
  );
}
