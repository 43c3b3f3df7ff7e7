import { Checkbox } from '@/components/ui/checkbox';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { textBinder } from '@/lib/use-form-fields';
import { ClientPicker } from './client-picker';

export interface DetailValues {
  name: string;
  description: string;
  client_id: string;
  billable: boolean;
}

interface ProjectDetailsFieldsProps {
  values: DetailValues;
  onChange: (values: DetailValues) => void;
  /** false: the person may not see clients, so the client is left as it is. */
  pickClient: boolean;
  error: unknown;
}

/** Name, description, client and billable: the fields of "New project" and "Edit details". */
export function ProjectDetailsFields({ values, onChange, pickClient, error }: ProjectDetailsFieldsProps) {
  const bind = textBinder(values, onChange, error);
  return (
    <>
      <TextField label="Name" required maxLength={200} {...bind('name')} />
      <TextareaField label="Description (optional)" rows={2} maxLength={5000} {...bind('description')} />
      {pickClient ? (
        <ClientPicker
          status="active"
          placeholder="No client"
          value={values.client_id}
          onChange={(client_id) => onChange({ ...values, client_id })}
          error={bind('client_id').error}
        />
      ) : null}
      <Checkbox
        label="Billable"
        description="New time entries on this project are billable unless marked otherwise."
        checked={values.billable}
        onChange={(e) => onChange({ ...values, billable: e.target.checked })}
      />
    </>
  );
}
