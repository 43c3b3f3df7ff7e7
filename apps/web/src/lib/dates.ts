/**
 * Dates for every page. Calendar days in the person's local time zone, as `YYYY-MM-DD` strings
 * (what the API's `start_date` / `end_date` filters and the expense `date` take; weeks start on
 * Monday, ISO 8601), and API instants as the reader's locale writes them.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A Date's local calendar day: 2026-03-05. */
export function toDateString(date: Date): string {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/** A Date's local wall-clock time: 09:05. */
export function toTimeString(date: Date): string {
  return `${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

/** `YYYY-MM-DD` + `HH:MM` in local time → the instant; null when either part is malformed. */
export function localDateTime(day: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const date = new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), 0, 0);
  return Number.isNaN(date.getTime()) ? null : date;
}

export interface DayRange {
  start: string;
  end: string;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

export function thisWeek(today = new Date()): DayRange {
  const monday = addDays(today, -((today.getDay() + 6) % 7));
  return { start: toDateString(monday), end: toDateString(addDays(monday, 6)) };
}

export function lastWeek(today = new Date()): DayRange {
  return thisWeek(addDays(today, -7));
}

export function thisMonth(today = new Date()): DayRange {
  return {
    start: toDateString(new Date(today.getFullYear(), today.getMonth(), 1)),
    end: toDateString(new Date(today.getFullYear(), today.getMonth() + 1, 0)),
  };
}

export function lastMonth(today = new Date()): DayRange {
  return thisMonth(new Date(today.getFullYear(), today.getMonth() - 1, 1));
}

/** "Mon, 3 Mar 2026" for a YYYY-MM-DD day (parsed as a local day, not as UTC midnight). */
export function formatDay(day: string): string {
  const date = localDateTime(day, '00:00');
  if (!date) return day;
  return date.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

/** An API instant as local "09:05". */
export function formatClock(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : toTimeString(date);
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** An API instant as the reader's locale writes date and time; `empty` for nothing, the input itself when it is not a date. */
export function formatDateTime(iso: string | null | undefined, empty = '—'): string {
  if (!iso) return empty;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

/** An API instant as the reader's locale writes the date; `empty` for nothing, the input itself when it is not a date. */
export function formatDate(iso: string | null | undefined, empty = '—'): string {
  if (!iso) return empty;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateOnly.format(d);
}

export function isPast(iso: string | null | undefined, now = new Date()): boolean {
  return iso ? new Date(iso).getTime() <= now.getTime() : false;
}
