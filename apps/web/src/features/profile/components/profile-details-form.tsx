import type { FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { TextField } from '@/components/ui/text-field';
import { fieldOrConflictError } from '@/lib/field-errors';
import { changedValues, useFormFields } from '@/lib/use-form-fields';
import type { SessionUser } from '@/features/auth';
import { useUpdateMe } from '../api/update-me';
import { ProfileCard } from './profile-card';

/** Name and email (PATCH /users/me); sends only what changed. */
export function ProfileDetailsForm({ user }: { user: SessionUser }) {
  const update = useUpdateMe();
  const { error } = update;
  const { values, field } = useFormFields({ name: user.name, email: user.email }, (name) => fieldOrConflictError(error, name));
  const changes = changedValues(values, user);
  const dirty = Object.keys(changes).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (dirty) update.mutate(changes);
  };

  return (
    <ProfileCard title="Your details">
      <form onSubmit={submit} className="space-y-4" noValidate>
        {error ? <ErrorMessage error={error} title="Could not save your details" /> : null}
        {update.isSuccess && !dirty ? <Alert tone="success">Your details were saved.</Alert> : null}
        <TextField label="Name" autoComplete="name" required {...field('name')} />
        <TextField label="Email" type="email" autoComplete="email" required {...field('email')} />
        <Button type="submit" disabled={!dirty || update.isPending}>
          {update.isPending ? 'Saving…' : 'Save details'}
        </Button>
      </form>
    </ProfileCard>
  );
}
