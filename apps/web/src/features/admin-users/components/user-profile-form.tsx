import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { TextField } from '@/components/ui/text-field';
import { useAccess } from '@/lib/access';
import type { User } from '../api/types';
import type { UserPatch } from '../api/types';
import { useUpdateUser } from '../api/update-user';
import { formFieldError } from '../lib/conflict-field';

/** Name and email (edit_users); read-only otherwise. Sends only what changed. */
export function UserProfileForm({ user }: { user: User }) {
  const canEdit = useAccess().can('edit_users');
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email);
  const update = useUpdateUser();
  const patch: UserPatch = {};
  if (name.trim() !== user.name) patch.name = name.trim();
  if (email.trim() !== user.email) patch.email = email.trim();
  const dirty = Object.keys(patch).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (dirty) update.mutate({ id: user.id, patch });
  };
  const emailError = formFieldError(update.error, 'email');
  const nameError = formFieldError(update.error, 'name');

  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Profile">
      {update.error && !emailError && !nameError ? <ErrorMessage error={update.error} title="Not saved" /> : null}
      {update.isSuccess && !dirty ? <Alert tone="success">Saved.</Alert> : null}
      <TextField
        label="Name"
        required
        maxLength={200}
        value={name}
        disabled={!canEdit}
        onChange={(e) => setName(e.target.value)}
        error={nameError}
      />
      <TextField
        label="Email"
        type="email"
        required
        value={email}
        disabled={!canEdit}
        onChange={(e) => setEmail(e.target.value)}
        error={emailError}
      />
      {canEdit ? (
        <div className="flex justify-end">
          <Button type="submit" disabled={!dirty || update.isPending}>
            {update.isPending ? 'Saving…' : 'Save profile'}
          </Button>
        </div>
      ) : (
        <p className="text-xs text-slate-500">Editing users needs the edit_users permission.</p>
      )}
    </form>
  );
}
