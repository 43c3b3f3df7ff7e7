import { LoginForm } from '../../features/auth/components/login-form';

export function LoginRoute() {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">Sign in to Timekeeper</h1>
      <div className="mt-6 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <LoginForm />
      </div>
    </div>
  );
}
