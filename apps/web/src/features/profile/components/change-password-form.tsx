import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { TextField } from '@/components/ui/text-field';
import { fieldError } from '@/lib/field-errors';
import { useFormFields } from '@/lib/use-form-fields';
import { useChangePassword } from '../api/change-password';
import { ProfileCard } from './profile-card';

/** POST /auth/password; the API checks the current password and the length rule. */
export function ChangePasswordForm() {
  const [mismatch, setMismatch] = useState(false);
  const change = useChangePassword();
  const { error } = change;
  const { values, reset, field } = useFormFields(
    { current_password: '', new_password: '', confirm_password: '' },
    (name) => fieldError(error, name),
    () => change.isSuccess && change.reset(),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values.new_password !== values.confirm_password) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate({ current_password: values.current_password, new_password: values.new_password }, { onSuccess: reset });
  };

  return (
    <ProfileCard
      title="Change password"
      description="At least 10 characters, not a common password, and without your name or email. Your other sessions are signed out; this one stays."
    >
      <form onSubmit={submit} className="space-y-4" noValidate>
        {error ? <ErrorMessage error={error} title="Could not change your password" /> : null}
        {change.isSuccess ? <Alert tone="success">Your password was changed. Your other sessions were signed out.</Alert> : null}
        <TextField label="Current password" type="password" autoComplete="current-password" required {...field('current_password')} />
        <TextField label="New password" type="password" autoComplete="new-password" required minLength={10} {...field('new_password')} />
        <TextField
          label="Repeat the new password"
          type="password"
          autoComplete="new-password"
          required
          {...field('confirm_password')}
          error={mismatch ? 'does not match the new password' : undefined}
        />
        <Button type="submit" disabled={change.isPending || !values.current_password || !values.new_password}>
          {change.isPending ? 'Changing…' : 'Change password'}
        </Button>
      </form>
    </ProfileCard>
  );
}
