import { useMemo } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { formatDuration } from '@/lib/duration';
import { useDates } from '@/lib/time-settings';
import { useMyDayTotals } from '../api/get-my-day-totals';
import { sumDays, weeklyTotals, type DashboardRange } from '../lib/weeks';
import { SectionCard } from './section-card';
import { WeeklyChart } from './weekly-chart';

function Stat({ label, seconds }: { label: string; seconds: number }) {
  return (
    <div className="rounded-md bg-surface-muted p-3 ring-1 ring-line">
      <dt className="text-sm text-fg-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-fg">{formatDuration(seconds)}</dd>
    </div>
  );
}

/** Today's and this week's totals and the last weeks as a chart: your own finished time, in your days and weeks. */
export function TimeOverview({ range }: { range: DashboardRange }) {
  const { formatShortDay } = useDates();
  const totals = useMyDayTotals(range);
  const weeks = useMemo(() => (totals.data ? weeklyTotals(totals.data, range, formatShortDay) : []), [totals.data, range, formatShortDay]);
  return (
    <>
      <SectionCard title="Your time">
        <QueryState query={totals} loadingLabel="Loading your totals…">
          {(data) => (
            <dl className="grid grid-cols-2 gap-3">
              <Stat label="Today" seconds={sumDays(data, range.today, range.today)} />
              <Stat label="This week" seconds={sumDays(data, range.weekStart, range.end)} />
            </dl>
          )}
        </QueryState>
        <p className="mt-2 text-xs text-fg-subtle">Finished entries, by day in your time zone; a running timer counts once stopped.</p>
      </SectionCard>
      <SectionCard title={`Last ${weeks.length || 8} weeks`} className="lg:col-span-2">
        <QueryState query={totals} loadingLabel="Loading the chart…">
          {() =>
            weeks.every((w) => w.seconds === 0) ? (
              <EmptyState title="No time tracked in these weeks">
                Start the timer or{' '}
                <Link to="/time-entries" className="font-medium text-accent-fg underline">
                  add a time entry
                </Link>
                .
              </EmptyState>
            ) : (
              <WeeklyChart weeks={weeks} />
            )
          }
        </QueryState>
      </SectionCard>
    </>
  );
}
