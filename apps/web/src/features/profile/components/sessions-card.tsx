import { useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorMessage } from '@/components/ui/error-message';
import { QueryState } from '@/components/ui/query-state';
import { useSessions } from '../api/get-sessions';
import { useLogoutEverywhere } from '../api/logout-everywhere';
import type { SessionInfo } from '../api/types';
import { ProfileCard } from './profile-card';
import { describeUserAgent } from './user-agent';
import { useDates } from '@/lib/time-settings';

function SessionRow({ session }: { session: SessionInfo }) {
  const { formatDateTime } = useDates();
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 py-3">
      <div className="min-w-0">
        <p className="text-sm font-medium text-fg">
          {describeUserAgent(session.user_agent)} {session.current ? <Badge tone="green">This browser</Badge> : null}
        </p>
        <p className="text-xs text-fg-subtle">
          {session.ip ?? 'unknown address'} · signed in {formatDateTime(session.created_at)} · last active{' '}
          {formatDateTime(session.last_seen_at)}
        </p>
      </div>
    </li>
  );
}

/** Your active sessions (GET /auth/sessions) and signing them out (POST /auth/logout-everywhere). */
export function SessionsCard() {
  const sessions = useSessions();
  const logout = useLogoutEverywhere();
  const navigate = useNavigate();
  const others = sessions.data?.sessions.filter((s) => !s.current).length ?? 0;

  return (
    <ProfileCard title="Active sessions" description="Every browser where you are signed in. Signing out there takes effect at once.">
      <QueryState query={sessions} loadingLabel="Loading your sessions…">
        {(data) =>
          data.sessions.length === 0 ? (
            <EmptyState title="No active sessions" />
          ) : (
            <ul className="divide-y divide-line-subtle" aria-label="Sessions">
              {data.sessions.map((s) => (
                <SessionRow key={s.id} session={s} />
              ))}
            </ul>
          )
        }
      </QueryState>
      <div className="mt-4 space-y-3">
        {logout.error ? <ErrorMessage error={logout.error} title="Could not sign out your sessions" /> : null}
        {logout.isSuccess && logout.variables ? <Alert tone="success">Signed out {logout.data.ended} other session(s).</Alert> : null}
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" disabled={logout.isPending || others === 0} onClick={() => logout.mutate(true)}>
            Sign out other sessions
          </Button>
          <Button
            variant="danger"
            disabled={logout.isPending}
            onClick={() => logout.mutate(false, { onSuccess: () => navigate('/login', { replace: true }) })}
          >
            Sign out everywhere
          </Button>
        </div>
      </div>
    </ProfileCard>
  );
}
