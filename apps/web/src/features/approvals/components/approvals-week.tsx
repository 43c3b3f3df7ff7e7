import { addDays } from '@timekeeper/shared';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useDates } from '@/lib/time-settings';

interface ApprovalsWeekProps {
  /** The first day of the week shown; none: every week. */
  week?: string;
  onChange: (week: string | undefined) => void;
}

/**
 * Which week's entries the approvals page lists: every week, or one week of the person's own
 * calendar (their time zone and week start, docs/guides/tracking-time.md "Your time zone"), stepped back and forth.
 */
export function ApprovalsWeek({ week, onChange }: ApprovalsWeekProps) {
  const dates = useDates();
  const thisWeek = dates.weekStartOf(dates.today());
  const shown = week ?? thisWeek;
  const label = week ? `${dates.formatShortDay(week)} – ${dates.formatDay(addDays(week, 6))}` : 'All weeks';
  return (
    <div role="group" aria-label="Week" className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-medium text-fg-secondary">Week</span>
      <Button variant="secondary" onClick={() => onChange(addDays(shown, -7))} aria-label="Previous week">
        <ChevronLeft aria-hidden="true" className="size-4" />
      </Button>
      <output aria-live="polite" className="min-w-40 text-center text-sm text-fg">
        {label}
      </output>
      <Button variant="secondary" onClick={() => onChange(addDays(shown, 7))} aria-label="Next week">
        <ChevronRight aria-hidden="true" className="size-4" />
      </Button>
      <Button variant="secondary" onClick={() => onChange(thisWeek)} disabled={week === thisWeek}>
        This week
      </Button>
      <Button variant="secondary" onClick={() => onChange(undefined)} disabled={week === undefined}>
        All weeks
      </Button>
    </div>
  );
}
