import type {
  DateSelectArg,
  DatesSetArg,
  EventClickArg,
  EventContentArg,
  EventDropArg,
  EventInput,
  EventMountArg,
} from '@fullcalendar/core';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import luxonPlugin from '@fullcalendar/luxon3';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { Lock } from 'lucide-react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { TimeSettings } from '@/lib/dates';
import { calendarLocale, clockFormat, FIRST_DAY } from '../lib/calendar-events';

export type CalendarView = 'timeGridWeek' | 'timeGridDay';

/** An event's span before and after a drag or a resize, and how to put it back. */
export interface EventMove {
  entryId: number;
  before: { start: Date; end: Date };
  after: { start: Date; end: Date };
  revert: () => void;
}

interface EntryCalendarProps {
  calendarRef: RefObject<FullCalendar | null>;
  events: EventInput[];
  settings: TimeSettings;
  initialView: CalendarView;
  /** The days shown, in words ("May 4 – 10, 2026"): names the scrolling hours for screen readers. */
  rangeLabel: string;
  /** Selecting a gap adds an entry (only for those who may create entries). */
  selectable: boolean;
  onDatesSet: (info: { start: Date; end: Date; view: CalendarView }) => void;
  onSelect: (span: { start: Date; end: Date }) => void;
  onOpen: (entryId: number) => void;
  onMove: (move: EventMove) => void;
}

// FullCalendar's theme variables, set to the app's colour tokens so the calendar follows the theme
// (docs/development/README.md#themes).
const THEME =
  '[--fc-page-bg-color:var(--color-surface)] [--fc-neutral-bg-color:var(--color-surface-strong)] ' +
  '[--fc-neutral-text-color:var(--color-fg-subtle)] [--fc-list-event-hover-bg-color:var(--color-surface-muted)] ' +
  '[--fc-border-color:var(--color-line)] [--fc-today-bg-color:var(--color-accent-soft)] [--fc-event-bg-color:var(--color-accent)] ' +
  '[--fc-event-border-color:var(--color-indigo-700)] [--fc-event-text-color:var(--color-white)] [--fc-now-indicator-color:var(--color-red-500)] ' +
  '[--fc-highlight-color:var(--color-accent-soft)] text-sm [&_.fc-col-header-cell-cushion]:font-medium [&_.fc-col-header-cell-cushion]:text-fg-secondary ' +
  '[&_.fc-timegrid-slot-label-cushion]:text-xs [&_.fc-timegrid-slot-label-cushion]:text-fg-subtle [&_.fc-event:focus-visible]:outline-2 ' +
  '[&_.fc-event:focus-visible]:outline-offset-2 [&_.fc-event:focus-visible]:outline-focus ' +
  '[&_.tk-event-locked]:!bg-surface-stronger [&_.tk-event-locked]:!border-line-strong [&_.tk-event-locked_.fc-event-main]:!text-fg-secondary ' +
  '[&_.tk-event-running]:!bg-green-700 [&_.tk-event-running]:!border-green-800';

const dateSpan = (start: Date | null, end: Date | null) => ({ start: start ?? new Date(0), end: end ?? start ?? new Date(0) });

/**
 * FullCalendar's time grid in the person's settings: their zone (named zones through the Luxon
 * plugin, daylight saving included), week start, locale and 12/24 h clock. The page's own toolbar
 * drives it through `calendarRef`.
 */
export function EntryCalendar({
  calendarRef,
  events,
  settings,
  initialView,
  rangeLabel,
  selectable,
  onDatesSet,
  onSelect,
  onOpen,
  onMove,
}: EntryCalendarProps) {
  const clock = clockFormat(settings.time_format);
  const moved = (info: EventDropArg | EventResizeDoneArg) =>
    onMove({
      entryId: Number(info.event.id),
      before: dateSpan(info.oldEvent.start, info.oldEvent.end),
      after: dateSpan(info.event.start, info.event.end),
      revert: info.revert,
    });
  const hoursRef = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState('');
  // Each new range opens at 06:00, under the pinned dates row (the calendar's own `scrollTime` only
  // applies when it scrolls itself).
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const hours = hoursRef.current;
      const six = hours?.querySelector<HTMLElement>('.fc-timegrid-slot[data-time="06:00:00"]');
      if (!hours || !six) return;
      const dates = hours.querySelector<HTMLElement>('.fc-col-header')?.offsetHeight ?? 0;
      hours.scrollTop += six.getBoundingClientRect().top - hours.getBoundingClientRect().top - dates;
    });
    return () => cancelAnimationFrame(frame);
  }, [range]);
  return (
    // The calendar at its full height in a scrolling region of our own, a Tab stop so the keyboard
    // scrolls the hours of a week without entries (docs/development/README.md#accessibility); a Tab
    // stop inside FullCalendar's grid table would break the table's structure. `fc-scroller` lets
    // FullCalendar scroll it when an entry is dragged near its edge.
    <div
      ref={hoursRef}
      role="region"
      aria-label={rangeLabel ? `Hours of ${rangeLabel}` : 'Hours'}
      tabIndex={0}
      className={`fc-scroller max-h-[70vh] overflow-y-auto rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus ${THEME}`}
    >
      <FullCalendar
        ref={calendarRef}
        plugins={[timeGridPlugin, interactionPlugin, luxonPlugin]}
        initialView={initialView}
        headerToolbar={false}
        timeZone={settings.time_zone}
        locale={calendarLocale(settings.locale)}
        firstDay={FIRST_DAY[settings.week_start]}
        slotLabelFormat={clock}
        eventTimeFormat={clock}
        // "08:00–09:00", as the entries' own times are written (lib/calendar-events.ts).
        defaultRangeSeparator="–"
        allDaySlot={false}
        nowIndicator
        height="auto"
        stickyHeaderDates
        snapDuration="00:15:00"
        events={events}
        selectable={selectable}
        selectMirror
        unselectAuto
        editable
        eventInteractive
        longPressDelay={400}
        datesSet={(info: DatesSetArg) => {
          setRange(`${info.view.type} ${info.startStr}`);
          onDatesSet({ start: info.start, end: info.end, view: info.view.type as CalendarView });
        }}
        select={(info: DateSelectArg) => {
          info.view.calendar.unselect();
          onSelect({ start: info.start, end: info.end });
        }}
        eventClick={(info: EventClickArg) => {
          info.jsEvent.preventDefault();
          onOpen(Number(info.event.id));
        }}
        eventDrop={moved}
        eventResize={moved}
        // Events are focusable (eventInteractive) and open on Enter: say so to screen readers.
        eventDidMount={(info: EventMountArg) => info.el.setAttribute('role', 'button')}
        eventContent={(arg: EventContentArg) => <EventBody arg={arg} />}
      />
    </div>
  );
}

function EventBody({ arg }: { arg: EventContentArg }) {
  const { notes, locked, label, span } = arg.event.extendedProps as { notes: string; locked: boolean; label: string; span: string };
  return (
    <div className="flex h-full flex-col overflow-hidden px-0.5 leading-tight">
      <span className="sr-only">{label}</span>
      <span aria-hidden="true" className="text-[11px] tabular-nums opacity-90">
        {/* A day's part of an entry crossing midnight shows the entry's own times, not the day's part. */}
        {arg.isStart && arg.isEnd ? arg.timeText : span}
      </span>
      <span aria-hidden="true" className="flex items-center gap-1 truncate text-xs font-semibold">
        {locked ? <Lock aria-hidden="true" className="size-3 shrink-0" /> : null}
        <span className="truncate">{arg.event.title}</span>
      </span>
      {notes ? (
        <span aria-hidden="true" className="truncate text-[11px] opacity-90">
          {notes}
        </span>
      ) : null}
    </div>
  );
}
