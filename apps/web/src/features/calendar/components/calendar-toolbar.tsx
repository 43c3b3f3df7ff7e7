import { ChevronLeft, ChevronRight, Plus } from 'lucide-react';
import { Button } from '@/components/ui/button';
import type { CalendarView } from './entry-calendar';

interface CalendarToolbarProps {
  title: string;
  view: CalendarView;
  showsToday: boolean;
  canAdd: boolean;
  onPrev: () => void;
  onNext: () => void;
  onToday: () => void;
  onView: (view: CalendarView) => void;
  onAdd: () => void;
}

const VIEWS = [
  { view: 'timeGridDay', label: 'Day' },
  { view: 'timeGridWeek', label: 'Week' },
] as const satisfies { view: CalendarView; label: string }[];

/** The calendar's own controls: the days shown, previous / today / next, Day or Week, and Add entry (the keyboard's way to add). */
export function CalendarToolbar(props: CalendarToolbarProps) {
  const unit = props.view === 'timeGridDay' ? 'day' : 'week';
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h2 className="text-base font-semibold text-fg" aria-live="polite">
        {props.title}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <nav aria-label="Days shown" className="flex gap-2">
          <Button variant="secondary" onClick={props.onPrev} aria-label={`Previous ${unit}`}>
            <ChevronLeft aria-hidden="true" className="size-4" />
          </Button>
          <Button variant="secondary" onClick={props.onToday} disabled={props.showsToday}>
            Today
          </Button>
          <Button variant="secondary" onClick={props.onNext} aria-label={`Next ${unit}`}>
            <ChevronRight aria-hidden="true" className="size-4" />
          </Button>
        </nav>
        <div role="group" aria-label="View" className="inline-flex rounded-md shadow-sm ring-1 ring-inset ring-line-strong">
          {VIEWS.map(({ view, label }) => (
            <button
              key={view}
              type="button"
              aria-pressed={props.view === view}
              onClick={() => props.onView(view)}
              className={`px-3 py-2 text-sm font-semibold first:rounded-l-md last:rounded-r-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus ${
                props.view === view ? 'bg-accent text-white' : 'bg-surface text-fg hover:bg-surface-muted'
              }`}
            >
              {label}
            </button>
          ))}
        </div>
        {props.canAdd ? (
          <Button onClick={props.onAdd}>
            <Plus aria-hidden="true" className="mr-1 size-4" />
            Add entry
          </Button>
        ) : null}
      </div>
    </div>
  );
}
