import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { TextField } from '@/components/ui/text-field';
import { fieldError } from '@/lib/field-errors';
import { useChangePassword } from '../api/change-password';
import { ProfileCard } from './profile-card';

const EMPTY = { current: '', next: '', confirm: '' };

/** POST /auth/password; the API checks the current password and the length rule. */
export function ChangePasswordForm() {
  const [form, setForm] = useState(EMPTY);
  const [mismatch, setMismatch] = useState(false);
  const change = useChangePassword();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.next !== form.confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate({ current_password: form.current, new_password: form.next }, { onSuccess: () => setForm(EMPTY) });
  };
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    if (change.isSuccess) change.reset();
  };

  const { error } = change;
  return (
    <ProfileCard
      title="Change password"
      description="At least 10 characters, not a common password, and without your name or email. Your other sessions are signed out; this one stays."
    >
      <form onSubmit={submit} className="space-y-4" noValidate>
        {error ? <ErrorMessage error={error} title="Could not change your password" /> : null}
        {change.isSuccess ? <Alert tone="success">Your password was changed. Your other sessions were signed out.</Alert> : null}
        <TextField
          label="Current password"
          name="current_password"
          type="password"
          autoComplete="current-password"
          required
          value={form.current}
          onChange={set('current')}
          error={fieldError(error, 'current_password')}
        />
        <TextField
          label="New password"
          name="new_password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={form.next}
          onChange={set('next')}
          error={fieldError(error, 'new_password')}
        />
        <TextField
          label="Repeat the new password"
          name="confirm_password"
          type="password"
          autoComplete="new-password"
          required
          value={form.confirm}
          onChange={set('confirm')}
          error={mismatch ? 'does not match the new password' : undefined}
        />
        <Button type="submit" disabled={change.isPending || !form.current || !form.next}>
          {change.isPending ? 'Changing…' : 'Change password'}
        </Button>
      </form>
    </ProfileCard>
  );
}
