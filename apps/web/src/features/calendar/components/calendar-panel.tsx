import type FullCalendar from '@fullcalendar/react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ErrorMessage } from '@/components/ui/error-message';
import { Spinner } from '@/components/ui/spinner';
import { TimeEntryDialog, useUpdateTimeEntry, type TimeEntry } from '@/features/time-entries';
import { weekRangeLabel } from '@/features/timesheet';
import { useAccess, useMyPermissions } from '@/lib/access';
import { useDates } from '@/lib/time-settings';
import { calendarKeys, useCalendarEntries, type CalendarRange } from '../api/get-calendar-entries';
import { entryEvent, movedTimes } from '../lib/calendar-events';
import { moveErrorMessage } from '../lib/move-error';
import { useEntryLabels } from '../lib/use-entry-labels';
import { useEntryRules } from '../lib/use-entry-rules';
import { useNarrow } from '../lib/use-narrow';
import { useNow } from '../lib/use-now';
import { CalendarToolbar } from './calendar-toolbar';
import { EntryCalendar, type CalendarView, type EventMove } from './entry-calendar';
import { EntryDetailsDialog } from './entry-details-dialog';

type Shown = { days: { start: string; end: string }; view: CalendarView };

/**
 * The person's own entries on a day / week calendar (docs/guides/tracking-time.md#calendar): select
 * a gap to add one, drag or resize one to move it where allowed, click one to edit it or to read
 * why it is locked. Week view on wide screens, one day on a phone.
 */
export function CalendarPanel() {
  const dates = useDates();
  const access = useAccess();
  const me = useMyPermissions().data?.user_id;
  const narrow = useNarrow();
  const calendarRef = useRef<FullCalendar>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [adding, setAdding] = useState<{ span?: { start: Date; end: Date } } | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const update = useUpdateTimeEntry();

  const range: CalendarRange | null =
    shown && me !== undefined ? { start_date: shown.days.start, end_date: shown.days.end, user_id: me } : null;
  const query = useCalendarEntries(range);
  const entries = useMemo(() => query.data ?? [], [query.data]);
  const rules = useEntryRules(entries);
  const labels = useEntryLabels(entries, rules);
  const now = useNow(entries.some((e) => e.end_time === null));
  const events = useMemo(
    () => entries.flatMap((e) => (rules.get(e.id) && labels.get(e.id) ? [entryEvent(e, rules.get(e.id)!, labels.get(e.id)!, now)] : [])),
    [entries, rules, labels, now],
  );

  const api = () => calendarRef.current?.getApi();
  // A phone shows one day; widening the window goes back to the week.
  useEffect(() => api()?.changeView(narrow ? 'timeGridDay' : 'timeGridWeek'), [narrow]);

  const opened = entries.find((e) => e.id === openId) ?? null;
  const openedRule = opened ? rules.get(opened.id) : undefined;

  function move({ entryId, before, after, revert }: EventMove) {
    const entry = entries.find((e) => e.id === entryId);
    if (!entry || !rules.get(entryId)?.move || !range) return revert();
    const body = movedTimes(entry, before, after);
    if (Object.keys(body).length === 0) return;
    setNotice(null);
    update.mutate(
      { id: entryId, body },
      {
        // The new times at once, so the event does not jump back until the refetch.
        onSuccess: (saved: TimeEntry) =>
          queryClient.setQueryData<TimeEntry[]>(calendarKeys.range(range), (list) => list?.map((e) => (e.id === saved.id ? saved : e))),
        onError: (error) => {
          revert();
          setNotice(moveErrorMessage(error));
        },
      },
    );
  }

  const today = dates.today();
  const title = !shown
    ? ''
    : shown.view === 'timeGridDay'
      ? dates.formatDay(shown.days.start)
      : weekRangeLabel(dates.settings.locale, shown.days.start, shown.days.end);

  return (
    <section
      aria-label="Calendar of your time entries"
      aria-busy={query.isFetching}
      className="space-y-4 rounded-lg bg-surface p-4 shadow-sm ring-1 ring-line sm:p-6"
    >
      <CalendarToolbar
        title={title}
        view={shown?.view ?? (narrow ? 'timeGridDay' : 'timeGridWeek')}
        showsToday={shown !== null && shown.days.start <= today && today <= shown.days.end}
        canAdd={access.can('create_time_entries')}
        onPrev={() => api()?.prev()}
        onNext={() => api()?.next()}
        onToday={() => api()?.today()}
        onView={(view) => api()?.changeView(view)}
        onAdd={() => setAdding({})}
      />
      {notice ? (
        <Alert tone="error" title="The entry was not moved">
          {notice}
        </Alert>
      ) : null}
      {query.isError ? <ErrorMessage error={query.error} title="Could not load your entries" /> : null}
      {query.isPending && range !== null ? <Spinner label="Loading your entries…" /> : null}
      <EntryCalendar
        calendarRef={calendarRef}
        events={events}
        settings={dates.settings}
        initialView={narrow ? 'timeGridDay' : 'timeGridWeek'}
        rangeLabel={title}
        selectable={access.can('create_time_entries')}
        onDatesSet={({ start, end, view }) =>
          setShown({ days: { start: dates.dayOf(start), end: dates.dayOf(new Date(end.getTime() - 1)) }, view })
        }
        onSelect={(span) => setAdding({ span })}
        onOpen={setOpenId}
        onMove={move}
      />
      <TimeEntryDialog open={adding !== null} onOpenChange={(open) => (open ? undefined : setAdding(null))} span={adding?.span} />
      <TimeEntryDialog
        open={opened !== null && openedRule?.edit === true}
        onOpenChange={(open) => (open ? undefined : setOpenId(null))}
        entry={opened ?? undefined}
      />
      <EntryDetailsDialog
        entry={opened && openedRule?.edit !== true ? opened : null}
        block={openedRule?.block ?? null}
        title={opened ? (labels.get(opened.id)?.title ?? '') : ''}
        when={opened ? (labels.get(opened.id)?.when ?? '') : ''}
        onClose={() => setOpenId(null)}
      />
    </section>
  );
}
