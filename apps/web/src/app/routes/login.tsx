import { Navigate, useSearchParams } from 'react-router';
import { Spinner } from '@/components/ui/spinner';
import { LoginForm, safeNext } from '@/features/auth';
import { useSession } from '@/features/session';

export function LoginRoute() {
  const session = useSession();
  const [params] = useSearchParams();
  if (session.isPending) return <Spinner />;
  // Already signed in (or just signed in): on to the page that was asked for.
  if (session.data) return <Navigate to={safeNext(params.get('next'))} replace />;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold tracking-tight text-fg">Sign in to Timekeeper</h1>
      <div className="mt-6 rounded-lg bg-surface p-6 shadow-sm ring-1 ring-line">
        <LoginForm />
      </div>
    </div>
  );
}
