import { Square } from 'lucide-react';
import { Link } from 'react-router';
import { useAccess } from '@/lib/access';
import { formatElapsed } from '@/lib/duration';
import { useProject } from '@/lib/records/project-search';
import type { TimeEntry } from '@/features/time-entries';
import { useTimerStatus } from '../api/get-timer-status';
import { useStopTimer } from '../api/stop-timer';
import { useElapsedSeconds } from '../lib/use-elapsed';
import { useTimerTitle } from '../lib/use-timer-title';

/** The running entry's project by name (GET /projects/{id}, cached, asked only with view_projects), never by its id. */
function useProjectName(projectId: number): string {
  const canSee = useAccess().can('view_projects');
  const project = useProject(canSee ? projectId : undefined);
  if (!canSee) return 'A project you cannot see';
  return project.data?.name ?? (project.isPending ? 'Loading…' : 'A project you cannot see');
}

interface RunningProps {
  entry: TimeEntry;
  base: number;
  readAt: number;
  className: string;
}

function Running({ entry, base, readAt, className }: RunningProps) {
  const access = useAccess();
  const stop = useStopTimer();
  const projectName = useProjectName(entry.project_id);
  const elapsed = formatElapsed(useElapsedSeconds(base, readAt) ?? base);
  useTimerTitle({ elapsed, projectName });
  return (
    <div
      role="group"
      aria-label="Running timer"
      className={`flex min-w-0 items-center gap-2 rounded-md bg-slate-800 py-1 pl-3 pr-1 text-sm ring-1 ring-emerald-500/60 ${className}`}
    >
      <span aria-hidden="true" className="size-2 shrink-0 rounded-full motion-safe:animate-pulse bg-emerald-400" />
      <Link to="/timer" className="min-w-0 flex-1 truncate text-slate-200 hover:text-white" title={entry.notes || projectName}>
        {projectName}
      </Link>
      <span role="timer" aria-label="Running timer elapsed" className="shrink-0 font-mono font-semibold tabular-nums text-white">
        {elapsed}
      </span>
      {access.can('create_time_entries') ? (
        <button
          type="button"
          aria-label="Stop the timer"
          onClick={() => stop.mutate({})}
          disabled={stop.isPending}
          className="inline-flex shrink-0 items-center gap-1 rounded bg-red-600 px-2 py-1 text-xs font-semibold text-white hover:bg-red-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400 disabled:opacity-60"
        >
          <Square aria-hidden="true" className="size-3" /> {stop.isPending ? 'Stopping…' : 'Stop'}
        </button>
      ) : null}
      {stop.error ? (
        <span role="alert" className="shrink-0 text-xs text-red-300" title={stop.error.message}>
          Could not stop
        </span>
      ) : null}
    </div>
  );
}

/**
 * The running timer in the header of every page: project, the ticking clock and Stop, and the same
 * in the tab title (docs/guides/tracking-time.md#the-timer). Nothing while no timer runs.
 */
export function HeaderTimer({ className = '' }: { className?: string }) {
  const access = useAccess();
  const status = useTimerStatus(access.can('view_own_time_entries'));
  const entry = status.data?.running ? status.data.time_entry : null;
  if (!entry) return null;
  return <Running entry={entry} base={status.data?.elapsed_seconds ?? 0} readAt={status.dataUpdatedAt} className={className} />;
}
