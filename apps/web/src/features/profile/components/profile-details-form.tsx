import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { TextField } from '@/components/ui/text-field';
import { isApiError } from '@/lib/api-client';
import { fieldError } from '@/lib/field-errors';
import type { SessionUser } from '@/features/auth';
import type { MePatch } from '../api/types';
import { useUpdateMe } from '../api/update-me';
import { ProfileCard } from './profile-card';

/** A 409 names its field in the body (`field: 'email'`) rather than in `errors`. */
function conflictOn(error: unknown, field: string): string | undefined {
  return isApiError(error) && error.status === 409 && error.body?.field === field ? error.message : undefined;
}

/** Name and email (PATCH /users/me); sends only what changed. */
export function ProfileDetailsForm({ user }: { user: SessionUser }) {
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email);
  const update = useUpdateMe();

  const changes: MePatch = {};
  if (name.trim() !== user.name) changes.name = name.trim();
  if (email.trim() !== user.email) changes.email = email.trim();
  const dirty = Object.keys(changes).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (dirty) update.mutate(changes);
  };

  const { error } = update;
  return (
    <ProfileCard title="Your details">
      <form onSubmit={submit} className="space-y-4" noValidate>
        {error ? <ErrorMessage error={error} title="Could not save your details" /> : null}
        {update.isSuccess && !dirty ? <Alert tone="success">Your details were saved.</Alert> : null}
        <TextField
          label="Name"
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(error, 'name')}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(error, 'email') ?? conflictOn(error, 'email')}
        />
        <Button type="submit" disabled={!dirty || update.isPending}>
          {update.isPending ? 'Saving…' : 'Save details'}
        </Button>
      </form>
    </ProfileCard>
  );
}
