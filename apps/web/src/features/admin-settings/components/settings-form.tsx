import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorMessage } from '@/components/ui/error-message';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { useAccess } from '@/lib/access';
import { fieldError } from '@/lib/field-errors';
import { textBinder } from '@/lib/use-form-fields';
import type { Settings } from '../api/types';
import { useUpdateSettings } from '../api/update-settings';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((label, i) => ({
  value: String(i + 1),
  label,
}));

/** The organisation's settings: editable with manage_settings, read-only otherwise. */
export function SettingsForm({ settings }: { settings: Settings }) {
  const canEdit = useAccess().can('manage_settings');
  const [form, setForm] = useState(settings);
  const update = useUpdateSettings();
  const patch: Partial<Settings> = {};
  for (const key of Object.keys(settings) as (keyof Settings)[]) {
    if (form[key] !== settings[key]) Object.assign(patch, { [key]: form[key] });
  }
  const dirty = Object.keys(patch).length > 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (dirty) update.mutate(patch);
  };
  const bind = textBinder(form, setForm, update.error);

  return (
    <form
      onSubmit={submit}
      aria-label="Organisation settings"
      className="@container space-y-4 rounded-lg bg-surface p-4 shadow-sm ring-1 ring-line sm:p-6"
    >
      <h2 className="text-lg font-semibold text-fg">Organisation</h2>
      {!canEdit ? <Alert tone="info">Changing settings needs the manage_settings permission.</Alert> : null}
      {update.error ? <ErrorMessage error={update.error} title="Settings not saved" /> : null}
      {update.isSuccess && !dirty ? <Alert tone="success">Settings saved.</Alert> : null}
      <fieldset disabled={!canEdit || update.isPending} className="grid gap-4 @lg:grid-cols-2">
        <TextField label="Organisation name" required maxLength={200} {...bind('organisation_name')} />
        <TextField
          label="Default currency (ISO code)"
          placeholder="EUR"
          required
          minLength={3}
          maxLength={3}
          pattern="[A-Z]{3}"
          autoCapitalize="characters"
          {...bind('default_currency', (text) => text.toUpperCase())}
        />
        <SelectField
          label="Week starts on"
          options={WEEKDAYS}
          value={String(form.week_starts_on)}
          onChange={(e) => setForm({ ...form, week_starts_on: Number(e.target.value) })}
          error={fieldError(update.error, 'week_starts_on')}
        />
        <Checkbox
          className="@lg:mt-7"
          label="Allow self-approval"
          description="Approvers may approve their own time entries."
          checked={form.allow_self_approval}
          onChange={(e) => setForm({ ...form, allow_self_approval: e.target.checked })}
        />
      </fieldset>
      <fieldset disabled={!canEdit || update.isPending} className="grid gap-4 @lg:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-fg">Printed on invoices</legend>
        <TextareaField className="@lg:row-span-2" label="Address" rows={4} maxLength={1000} {...bind('organisation_address')} />
        <TextField label="Tax ID (VAT number)" maxLength={100} {...bind('organisation_tax_id')} />
        <TextField label="Billing email" type="email" maxLength={254} {...bind('organisation_email')} />
        <TextField
          className="@lg:col-span-2"
          label="Logo address (optional)"
          type="url"
          placeholder="https://…"
          maxLength={2000}
          {...bind('organisation_logo_url')}
        />
      </fieldset>
      {canEdit ? (
        <div className="flex justify-end gap-2">
          <Button variant="secondary" disabled={!dirty || update.isPending} onClick={() => setForm(settings)}>
            Reset
          </Button>
          <Button type="submit" disabled={!dirty || update.isPending}>
            {update.isPending ? 'Saving…' : 'Save settings'}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
