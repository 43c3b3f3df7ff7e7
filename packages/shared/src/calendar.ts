/**
 * Calendar days in a person’s time zone.
 *
 * Times are stored as UTC instants; a "day" is always someone's day: the caller's time zone decides
 * where a date such as 2026-03-29 begins and ends. Days of 23 and 25 hours (daylight saving) and days
 * that do not begin at midnight are handled by Temporal (the `temporal-polyfill` implementation).
 */
import { Temporal } from 'temporal-polyfill';

/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

export const WEEK_STARTS = ['monday', 'sunday', 'saturday'] as const;
export type WeekStart = (typeof WEEK_STARTS)[number];

const ISO_WEEKDAY: Readonly<Record<WeekStart, number>> = { monday: 1, saturday: 6, sunday: 7 };

/** Whether `name` is an IANA time zone this runtime knows (`Europe/Berlin`, `UTC`, …). */
export function isTimeZone(name: string): boolean {
  if (name.trim() === '' || name !== name.trim()) return false;
  try {
    Temporal.Now.zonedDateTimeISO(name);
    return true;
  } catch {
    return false;
  }
}

/** The zone's own spelling of a valid name (`europe/berlin` → `Europe/Berlin`). */
export function canonicalTimeZone(name: string): string {
  return Temporal.Now.zonedDateTimeISO(name).timeZoneId;
}

/** The calendar date an instant falls on in a time zone. */
export function dayOf(instant: Date, timeZone: string): CalendarDate {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** The wall-clock time an instant shows in a time zone, `HH:MM` (24-hour). */
export function clockOf(instant: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainTime()
    .toString({ smallestUnit: 'minute' });
}

/**
 * The instant a zone's clock shows `date` at `time` (`HH:MM`). A time skipped by daylight saving
 * moves forward; a time that happens twice is its first occurrence.
 */
export function instantAt(date: CalendarDate, time: string, timeZone: string): Date {
  const zoned = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(time) });
  return new Date(zoned.epochMilliseconds);
}

/** The first instant of a day in a time zone (midnight, or the first moment after a gap at midnight). */
export function startOfDay(date: CalendarDate, timeZone: string): Date {
  return new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds);
}

/**
 * The instants of the days `from` … `to`, both included, as a half-open range [start, end): `end` is
 * the first instant of the day after `to`. Filter with `start <= t < end`.
 */
export function dayRange(from: CalendarDate, to: CalendarDate, timeZone: string): { start: Date; end: Date } {
  return { start: startOfDay(from, timeZone), end: startOfDay(addDays(to, 1), timeZone) };
}

/** `date` moved by whole calendar days (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** The number of calendar days from `from` to `to` (`to` later → positive). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days;
}

/** The first day of the week holding `date`, for weeks that start on `weekStart`. */
export function weekStartOf(date: CalendarDate, weekStart: WeekStart): CalendarDate {
  const day = Temporal.PlainDate.from(date);
  const back = (day.dayOfWeek - ISO_WEEKDAY[weekStart] + 7) % 7;
  return day.subtract({ days: back }).toString();
}

/** The seven dates of the week holding `date`. */
export function weekDays(date: CalendarDate, weekStart: WeekStart): CalendarDate[] {
  const first = weekStartOf(date, weekStart);
  return Array.from({ length: 7 }, (_, i) => addDays(first, i));
}

/** The first day of the month holding `date`. */
export function monthStartOf(date: CalendarDate): CalendarDate {
  return Temporal.PlainDate.from(date).with({ day: 1 }).toString();
}

/** Today's date in a time zone. */
export function today(timeZone: string, now: Date = new Date()): CalendarDate {
  return dayOf(now, timeZone);
}

/** An instant as ISO 8601 with the zone's offset, e.g. `2026-12-02T07:00:00+09:00`. */
export function withOffset(instant: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toString({ timeZoneName: 'never', fractionalSecondDigits: 'auto' });
}
