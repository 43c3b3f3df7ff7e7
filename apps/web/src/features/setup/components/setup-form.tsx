import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { TextField } from '@/components/ui/text-field';
import { fieldError } from '@/lib/field-errors';
import { useSetup } from '../api/setup';

/** First run: creates the super administrator and signs them in. */
export function SetupForm() {
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const navigate = useNavigate();
  const setup = useSetup();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setup.mutate(form, { onSuccess: () => navigate('/', { replace: true }) });
  };
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <form onSubmit={submit} className="space-y-4">
      {setup.error ? <ErrorMessage error={setup.error} title="Setup failed" /> : null}
      <TextField
        label="Your name"
        name="name"
        autoComplete="name"
        required
        value={form.name}
        onChange={set('name')}
        error={fieldError(setup.error, 'name')}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        value={form.email}
        onChange={set('email')}
        error={fieldError(setup.error, 'email')}
      />
      <TextField
        label="Password (at least 10 characters)"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        value={form.password}
        onChange={set('password')}
        error={fieldError(setup.error, 'password')}
      />
      <Button type="submit" className="w-full" disabled={setup.isPending}>
        {setup.isPending ? 'Creating…' : 'Create administrator'}
      </Button>
    </form>
  );
}
