import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { TextField } from '@/components/ui/text-field';
import { fieldError } from '@/lib/field-errors';
import { useFormFields } from '@/lib/use-form-fields';
import { useSetup } from '../api/setup';

/** First run: creates the super administrator and signs them in. */
export function SetupForm() {
  const navigate = useNavigate();
  const setup = useSetup();
  const { values, field } = useFormFields({ name: '', email: '', password: '' }, (name) => fieldError(setup.error, name));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setup.mutate(values, { onSuccess: () => navigate('/', { replace: true }) });
  };
  return (
    <form onSubmit={submit} className="space-y-4">
      {setup.error ? <ErrorMessage error={setup.error} title="Setup failed" /> : null}
      <TextField label="Your name" autoComplete="name" required {...field('name')} />
      <TextField label="Email" type="email" autoComplete="username" required {...field('email')} />
      <TextField
        label="Password (at least 10 characters)"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        {...field('password')}
      />
      <Button type="submit" className="w-full" disabled={setup.isPending}>
        {setup.isPending ? 'Creating…' : 'Create administrator'}
      </Button>
    </form>
  );
}
