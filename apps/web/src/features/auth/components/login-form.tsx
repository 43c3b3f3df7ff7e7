import type { FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { TextField } from '@/components/ui/text-field';
import { fieldError } from '@/lib/field-errors';
import { useFormFields } from '@/lib/use-form-fields';
import { useLogin } from '../api/login';
import { safeNext } from '../lib/safe-next';

export function LoginForm() {
  const loginMutation = useLogin();
  const { error, isPending } = loginMutation;
  const { values, field } = useFormFields({ email: '', password: '' }, (name) => fieldError(error, name));
  const navigate = useNavigate();
  const [params] = useSearchParams();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    loginMutation.mutate(values, {
      onSuccess: () => {
        navigate(safeNext(params.get('next')), { replace: true });
      },
    });
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-4">
      {error ? <ErrorMessage error={error} title="Sign-in failed" /> : null}
      <TextField label="Email" type="email" autoComplete="username" required {...field('email')} />
      <TextField label="Password" type="password" autoComplete="current-password" required {...field('password')} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
