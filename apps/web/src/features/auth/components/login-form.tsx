import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { useLogin } from '../api/login';

/** Field errors arrive as `{path, message}`; paths may be `email`, `/email` or `body.email`. */
function fieldError(error: unknown, field: string): string | undefined {
  if (!isApiError(error)) return undefined;
  const match = error.fieldErrors.find((e) => e.path.replace(/^\/|^body[./]/, '') === field);
  return match?.message;
}

export function LoginForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const loginMutation = useLogin();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    loginMutation.mutate({ email, password });
  }

  const { error, isPending, isSuccess, data } = loginMutation;
  return (
    <form onSubmit={handleSubmit} className="space-y-4">
      {error ? <ErrorMessage error={error} title="Sign-in failed" /> : null}
      {/* The dashboard arrives in a later issue; until then confirm the session here. */}
      {isSuccess ? <Alert tone="success">Signed in as {data.user.email}.</Alert> : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fieldError(error, 'email')}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldError(error, 'password')}
      />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
