import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { useMyPermissions } from '@/lib/access';
import { TimeEntriesTable, useTimeEntries } from '@/features/time-entries';
import { useContinueAction } from './continue-action';
import { useDates } from '@/lib/time-settings';
import { formatDuration } from '@/lib/duration';

/**
 * What the signed-in person logged today (their day, in their zone; their own entries only), with the
 * day's total; Continue (▶) starts the timer again like a finished entry (POST /time-entries/{id}/continue),
 * offered to those who may create time entries, as Start is.
 */
export function TodayEntries() {
  const me = useMyPermissions().data?.user_id;
  const continuing = useContinueAction();
  const today = useDates().today();
  const query = useTimeEntries({ start_date: today, end_date: today, user_id: me, per_page: 100 }, me !== undefined);
  return (
    <section aria-labelledby="today-title" className="space-y-3">
      <h2 id="today-title" className="text-lg font-semibold text-fg">
        Today
      </h2>
      {continuing.error}
      <QueryState query={query} loadingLabel="Loading today’s entries…">
        {(data) =>
          data.time_entries.length === 0 ? (
            <EmptyState title="Nothing logged today yet" />
          ) : (
            <>
              <TimeEntriesTable entries={data.time_entries} moreActions={continuing.button} />
              <p className="text-sm font-medium text-fg-secondary">
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
