import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { QueryState } from '@/components/ui/query-state';
import { Can, useAccess } from '@/lib/access';
import { useProject } from '@/lib/records/project-search';
import type { TimeEntry } from '@/features/time-entries';
import { formatElapsed } from '@/lib/duration';
import { useElapsedSeconds, useStopTimer, useTimerStatus } from '@/features/timer';
import { SectionCard } from './section-card';

/** The running entry's project by name (GET /projects/{id}, cached, asked only with view_projects), never by its id. */
function ProjectName({ projectId }: { projectId: number }) {
  const canSee = useAccess().can('view_projects');
  const project = useProject(canSee ? projectId : undefined);
  if (!canSee) return <>a project you cannot see</>;
  return <>{project.data?.name ?? (project.isPending ? 'Loading…' : 'a project you cannot see')}</>;
}

function Running({ entry, elapsed, readAt }: { entry: TimeEntry; elapsed: number; readAt: number }) {
  const seconds = useElapsedSeconds(elapsed, readAt) ?? elapsed;
  const stop = useStopTimer();
  return (
    <div className="space-y-3">
      <p className="text-sm text-fg-muted">
        Running on{' '}
        <span className="font-medium text-fg">
          <ProjectName projectId={entry.project_id} />
        </span>
        {entry.notes ? <span className="block truncate text-fg-subtle">{entry.notes}</span> : null}
      </p>
      <p role="timer" aria-label="Elapsed time" className="font-mono text-3xl font-semibold tabular-nums text-fg">
        {formatElapsed(seconds)}
      </p>
      {stop.error ? <ErrorMessage error={stop.error} title="Could not stop the timer" /> : null}
      <Can permission="create_time_entries">
        <Button variant="danger" onClick={() => stop.mutate({})} disabled={stop.isPending}>
          {stop.isPending ? 'Stopping…' : 'Stop'}
        </Button>
      </Can>
    </div>
  );
}

/** The running timer (GET /timer/status), ticking every second, with Stop for those who may log time. */
export function RunningTimerCard() {
  const status = useTimerStatus();
  return (
    <SectionCard title="Timer">
      <QueryState query={status} loadingLabel="Loading the timer…">
        {(data) =>
          data.running && data.time_entry ? (
            <Running entry={data.time_entry} elapsed={data.elapsed_seconds ?? 0} readAt={status.dataUpdatedAt} />
          ) : (
            <div className="space-y-3">
              <p className="text-sm text-fg-muted">No timer is running.</p>
              <Can permission="create_time_entries">
                <Link
                  to="/timer"
                  className="inline-flex rounded-md bg-accent px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-accent-hover focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
                >
                  Start a timer
                </Link>
              </Can>
            </div>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
