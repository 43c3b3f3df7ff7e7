import type { PermissionRequirement } from '@timekeeper/shared';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorMessage } from '../components/ui/error-message';
import { Spinner } from '../components/ui/spinner';
import { useSession, useSetupStatus } from '@/features/session';
import { useAccess, useMyPermissions } from '../lib/access';
import { NoAccessRoute } from './routes/no-access';

/** Signed-in pages: waits for the session; sends nobody to setup (new install) or sign-in. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const setup = useSetupStatus(session.data === null);
  if (session.isPending) return <Spinner label="Loading your session…" />;
  if (session.isError)
    return <ErrorMessage error={session.error} title="Could not reach the server" onRetry={() => void session.refetch()} />;
  if (session.data === null) {
    if (setup.isPending) return <Spinner label="Loading…" />;
    if (setup.data?.needs_setup) return <Navigate to="/setup" replace />;
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** A page that needs a permission: "no access" instead of the page when it is missing. */
export function RequireAccess({ permission, children }: { permission?: PermissionRequirement; children: ReactNode }) {
  const access = useAccess();
  const permissions = useMyPermissions();
  if (!permission) return <>{children}</>;
  if (permissions.isPending) return <Spinner label="Checking access…" />;
  if (permissions.isError)
    return <ErrorMessage error={permissions.error} title="Could not load your permissions" onRetry={() => void permissions.refetch()} />;
  return access.can(permission) ? <>{children}</> : <NoAccessRoute />;
}
