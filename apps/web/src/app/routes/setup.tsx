import { Navigate } from 'react-router';
import { Spinner } from '@/components/ui/spinner';
import { useSetupStatus } from '@/features/session';
import { SetupForm } from '@/features/setup';

export function SetupRoute() {
  const status = useSetupStatus();
  if (status.isPending) return <Spinner />;
  if (status.data && !status.data.needs_setup) return <Navigate to="/login" replace />;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold tracking-tight text-fg">Create the first administrator</h1>
      <p className="mt-2 text-sm text-fg-muted">
        This account can do everything, including managing roles. You can add everyone else afterwards.
      </p>
      <div className="mt-6 rounded-lg bg-surface p-6 shadow-sm ring-1 ring-line">
        <SetupForm />
      </div>
    </div>
  );
}
