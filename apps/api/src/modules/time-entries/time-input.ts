/**
 * Checks on times and dates that a JSON schema cannot express: real calendar dates, the supported
 * year range, whole seconds. Used by time entries (their spans: entry-span.ts), the timer and
 * expenses. Every failure is a 400 with field errors, never a database error.
 *
 * Times are stored in whole seconds because the table checks
 * `duration_seconds = extract(epoch from end_time - start_time)::integer`.
 */
import type { FieldError } from '@timekeeper/shared';
import { validationFailed } from '../../lib/errors.js';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const MAX_DURATION_SECONDS = 7 * 24 * 60 * 60;

export class FieldErrors {
  readonly list: FieldError[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
  throwIfAny(): void {
    const first = this.list[0];
    if (first)
      throw validationFailed(
        `${first.path} ${first.message}` + (this.list.length > 1 ? ` (and ${this.list.length - 1} more)` : ''),
        this.list,
      );
  }
}

/** Drops the milliseconds: every stored time is a whole second. */
export function toWholeSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

export function yearInRange(date: Date): boolean {
  const year = date.getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** An RFC 3339 date-time (already format-checked by the schema) as a whole-second instant. */
export function parseInstant(text: string, path: string, errors: FieldErrors): Date | null {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) {
    errors.add(path, 'is not a valid date-time');
    return null;
  }
  const date = toWholeSecond(new Date(ms));
  if (!yearInRange(date)) {
    errors.add(path, `must be between the years ${MIN_YEAR} and ${MAX_YEAR}`);
    return null;
  }
  return date;
}

/** A YYYY-MM-DD string that names a real day (2026-02-30 does not) within the year range. */
export function checkCalendarDate(text: string, path: string, errors: FieldErrors): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) {
    errors.add(path, 'must be a date as YYYY-MM-DD');
    return null;
  }
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    errors.add(path, 'is not a real calendar date');
    return null;
  }
  if (!yearInRange(date)) {
    errors.add(path, `must be between the years ${MIN_YEAR} and ${MAX_YEAR}`);
    return null;
  }
  return date;
}

/** The days of a `?start_date=&end_date=` filter, checked; which instants they cover is the caller's zone's business (lib/caller-calendar.ts). */
export interface DateFilter {
  startDate?: string;
  endDate?: string;
}

/** `?start_date=&end_date=` (inclusive days, real calendar dates). end_date before start_date → 400. */
export function dateFilter(startDate: string | undefined, endDate: string | undefined): DateFilter {
  const errors = new FieldErrors();
  const from = startDate === undefined ? null : checkCalendarDate(startDate, 'querystring.start_date', errors);
  const to = endDate === undefined ? null : checkCalendarDate(endDate, 'querystring.end_date', errors);
  if (from && to && to.getTime() < from.getTime()) errors.add('querystring.end_date', 'must not be before start_date');
  errors.throwIfAny();
  return { ...(from ? { startDate } : {}), ...(to ? { endDate } : {}) };
}

/** Two decimals at most (JSON Schema's multipleOf is unreliable with binary floats: 19.99 fails it). */
export function hasAtMostTwoDecimals(value: number): boolean {
  const cents = value * 100;
  return Math.abs(cents - Math.round(cents)) < 1e-6;
}
