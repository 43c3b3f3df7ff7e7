/**
 * Dates for every page, in the signed-in person's own time settings (docs/api/users.md): their
 * time zone decides which calendar day an instant falls on and what "today" and "this week" are,
 * their week start where a week begins, their locale and clock (12 h / 24 h) how dates and times
 * are written. Calendar days are `YYYY-MM-DD` strings, what the API's `start_date` / `end_date`
 * filters and the expense `date` take (the caller's days, docs/guides/tracking-time.md).
 *
 * `createDates(settings)` is the one formatter; pages get it from `useDates()`
 * (`lib/time-settings.tsx`), fed by GET /users/me.
 */
import { addDays, clockOf, dayOf, instantAt, monthStartOf, today, weekStartOf, type TimeSettings } from '@timekeeper/shared';

export type { TimeSettings };

export interface DayRange {
  start: string;
  end: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^\d{2}:\d{2}$/;

/** The browser's own settings: what applies before (or without) the person's settings. */
export function browserTimeSettings(): TimeSettings {
  const resolved = new Intl.DateTimeFormat().resolvedOptions();
  const hour12 = new Intl.DateTimeFormat(resolved.locale, { hour: 'numeric' }).resolvedOptions().hour12 === true;
  return { time_zone: resolved.timeZone, week_start: 'monday', locale: resolved.locale, time_format: hour12 ? '12h' : '24h' };
}

/** The instant a zone's clock shows `day` `time` (`HH:MM`); a time skipped by daylight saving moves forward. */
export function zonedInstant(day: string, time: string, timeZone: string): Date | null {
  if (!DAY.test(day) || !CLOCK.test(time)) return null;
  try {
    return instantAt(day, time, timeZone);
  } catch {
    return null; // e.g. 2026-02-30 or 25:00
  }
}

/** Everything a page needs of dates, in one person's settings; `now` is the clock (tests fix it). */
export interface Dates {
  readonly settings: TimeSettings;
  /** Today's date in the person's zone. */
  today(): string;
  /** The calendar day an instant (ISO string or Date) falls on in the person's zone. */
  dayOf(instant: string | Date): string;
  /** An instant's wall-clock time in the person's zone, `HH:MM` (for time inputs). */
  timeOf(instant: string | Date): string;
  /** The instant of `day` at `time` (`HH:MM`) in the person's zone; null when either is malformed. */
  instantAt(day: string, time: string): Date | null;
  thisWeek(): DayRange;
  lastWeek(): DayRange;
  thisMonth(): DayRange;
  lastMonth(): DayRange;
  /** The first day of the week holding `day` (the person's week start). */
  weekStartOf(day: string): string;
  /** "Mon, 3 Mar 2026" for a `YYYY-MM-DD` day. */
  formatDay(day: string): string;
  /** "3 Mar" for a `YYYY-MM-DD` day. */
  formatShortDay(day: string): string;
  /** An instant's time: "09:05" or "9:05 AM"; '' when it is not a date. */
  formatClock(iso: string): string;
  /** An instant's date and time; `empty` for nothing, the input itself when it is not a date. */
  formatDateTime(iso: string | null | undefined, empty?: string): string;
  /** An instant's date; `empty` for nothing, the input itself when it is not a date. */
  formatDate(iso: string | null | undefined, empty?: string): string;
}

const asDate = (instant: string | Date) => (typeof instant === 'string' ? new Date(instant) : instant);
const validDate = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
};
/** A `YYYY-MM-DD` day as a Date at UTC midnight, to be formatted in UTC (a plain date has no zone). */
const plainDay = (day: string) => (DAY.test(day) ? new Date(`${day}T00:00:00Z`) : null);

/** Intl rejects some tags it cannot resolve; fall back to the runtime's default locale then. */
function safeLocale(locale: string): string | undefined {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : undefined;
  } catch {
    return undefined;
  }
}

export function createDates(settings: TimeSettings, now: () => Date = () => new Date()): Dates {
  const zone = settings.time_zone;
  const locale = safeLocale(settings.locale);
  const hourCycle = settings.time_format === '12h' ? 'h12' : 'h23';
  const dayFormat = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const shortDayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const clock = new Intl.DateTimeFormat(locale, {
    hour: settings.time_format === '12h' ? 'numeric' : '2-digit',
    minute: '2-digit',
    hourCycle,
    timeZone: zone,
  });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', hourCycle, timeZone: zone });
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: zone });
  const todayIs = () => today(zone, now());
  const week = (day: string): DayRange => {
    const start = weekStartOf(day, settings.week_start);
    return { start, end: addDays(start, 6) };
  };
  const month = (day: string): DayRange => {
    const start = monthStartOf(day);
    return { start, end: addDays(monthStartOf(addDays(start, 31)), -1) };
  };
  return {
    settings,
    today: todayIs,
    dayOf: (instant) => dayOf(asDate(instant), zone),
    timeOf: (instant) => clockOf(asDate(instant), zone),
    instantAt: (day, time) => zonedInstant(day, time, zone),
    thisWeek: () => week(todayIs()),
    lastWeek: () => week(addDays(todayIs(), -7)),
    thisMonth: () => month(todayIs()),
    lastMonth: () => month(addDays(monthStartOf(todayIs()), -1)),
    weekStartOf: (day) => weekStartOf(day, settings.week_start),
    formatDay: (day) => {
      const d = plainDay(day);
      return d ? dayFormat.format(d) : day;
    },
    formatShortDay: (day) => {
      const d = plainDay(day);
      return d ? shortDayFormat.format(d) : day;
    },
    formatClock: (iso) => {
      const d = validDate(iso);
      return d ? clock.format(d) : '';
    },
    formatDateTime: (iso, empty = '—') => {
      if (!iso) return empty;
      const d = validDate(iso);
      return d ? dateTime.format(d) : iso;
    },
    formatDate: (iso, empty = '—') => {
      if (!iso) return empty;
      const d = validDate(iso);
      return d ? dateOnly.format(d) : iso;
    },
  };
}

/** Dates in the browser's own settings (what component tests and pages outside the signed-in frame use). */
export function browserDates(): Dates {
  return createDates(browserTimeSettings());
}

export function isPast(iso: string | null | undefined, now = new Date()): boolean {
  return iso ? new Date(iso).getTime() <= now.getTime() : false;
}
