import type { FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { TextField } from '@/components/ui/text-field';
import { useAccess } from '@/lib/access';
import { fieldOrConflictError } from '@/lib/field-errors';
import { changedValues, useFormFields } from '@/lib/use-form-fields';
import type { User } from '../api/types';
import { useUpdateUser } from '../api/update-user';

/** Name and email (edit_users); read-only otherwise. Sends only what changed. */
export function UserProfileForm({ user }: { user: User }) {
  const canEdit = useAccess().can('edit_users');
  const update = useUpdateUser();
  const { values, field } = useFormFields({ name: user.name, email: user.email }, (name) => fieldOrConflictError(update.error, name));
  const patch = changedValues(values, user);
  const dirty = Object.keys(patch).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (dirty) update.mutate({ id: user.id, patch });
  };
  const emailError = field('email').error;
  const nameError = field('name').error;

  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Profile">
      {update.error && !emailError && !nameError ? <ErrorMessage error={update.error} title="Not saved" /> : null}
      {update.isSuccess && !dirty ? <Alert tone="success">Saved.</Alert> : null}
      <TextField label="Name" required maxLength={200} disabled={!canEdit} {...field('name')} />
      <TextField label="Email" type="email" required disabled={!canEdit} {...field('email')} />
      {canEdit ? (
        <div className="flex justify-end">
          <Button type="submit" disabled={!dirty || update.isPending}>
            {update.isPending ? 'Saving…' : 'Save profile'}
          </Button>
        </div>
      ) : (
        <p className="text-xs text-fg-subtle">Editing users needs the edit_users permission.</p>
      )}
    </form>
  );
}
