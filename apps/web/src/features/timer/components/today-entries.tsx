import { Play } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorMessage } from '@/components/ui/error-message';
import { QueryState } from '@/components/ui/query-state';
import { useAccess, useMyPermissions } from '@/lib/access';
import { useProjectOptions } from '@/lib/records/project-options';
import { TimeEntriesTable, useTimeEntries, type TimeEntry } from '@/features/time-entries';
import { useContinueEntry } from '../api/continue-entry';
import { useDates } from '@/lib/time-settings';
import { formatDuration } from '@/lib/duration';

/**
 * What the signed-in person logged today (their day, in their zone; their own entries only), with the
 * day's total; Continue (▶) starts the timer again like a finished entry (POST /time-entries/{id}/continue),
 * offered to those who may create time entries, as Start is.
 */
export function TodayEntries() {
  const me = useMyPermissions().data?.user_id;
  const canTrack = useAccess().can('create_time_entries');
  const projects = useProjectOptions();
  const continuing = useContinueEntry();
  const continueButton = (entry: TimeEntry) => {
    if (entry.end_time === null) return null;
    const project = projects.byId.get(entry.project_id)?.name ?? `Project ${entry.project_id}`;
    return (
      <Button
        variant="secondary"
        className="px-2 py-1"
        aria-label={`Continue ${project}`}
        title={`Continue ${project}`}
        disabled={continuing.isPending}
        onClick={() => continuing.mutate(entry.id)}
      >
        <Play aria-hidden="true" className="size-4" />
      </Button>
    );
  };
  const today = useDates().today();
  const query = useTimeEntries({ start_date: today, end_date: today, user_id: me, per_page: 100 }, me !== undefined);
  return (
    <section aria-labelledby="today-title" className="space-y-3">
      <h2 id="today-title" className="text-lg font-semibold text-slate-900">
        Today
      </h2>
      {continuing.error ? <ErrorMessage error={continuing.error} title="Could not continue the entry" /> : null}
      <QueryState query={query} loadingLabel="Loading today’s entries…">
        {(data) =>
          data.time_entries.length === 0 ? (
            <EmptyState title="Nothing logged today yet" />
          ) : (
            <>
              <TimeEntriesTable entries={data.time_entries} moreActions={canTrack ? continueButton : undefined} />
              <p className="text-sm font-medium text-slate-700">
                Total today:{' '}
                <span className="tabular-nums">{formatDuration(data.time_entries.reduce((s, e) => s + (e.duration_seconds ?? 0), 0))}</span>
              </p>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
