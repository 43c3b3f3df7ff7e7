/**
 * The span of a written time entry (POST and PUT /time-entries, docs/api/time-entries.md#post-time-entries):
 * a start, an end and the whole seconds between them, from what the body gives.
 *
 * - The length is `duration_seconds` or a typed `duration` ("1h30", read by `parseDuration` of
 *   @timekeeper/shared, the parser the web app uses); both given, they must agree.
 * - start + end, start + length (end = start + length), end + length (start = end − length),
 *   or the length alone: the entry ends now. Anything else is a field error.
 * - The span is 1 s … 7 days, within the years 2000–2100, and never ends in the future (a few
 *   seconds of leeway for a client whose clock runs ahead): time that has not passed yet is
 *   tracked with the timer.
 * - On a change, fields left out keep their stored value (changing only the start keeps the end);
 *   a span equal to the stored one is kept as it is, never judged again (an entry stored before a
 *   rule existed still takes a change of its notes).
 */
import { MAX_ENTRY_SECONDS, parseDuration } from '@timekeeper/shared';
import { type FieldErrors, MAX_DURATION_SECONDS, MAX_YEAR, MIN_YEAR, parseInstant, toWholeSecond, yearInRange } from './time-input.js';

/** How far past the server's clock an end (or a timer's start) may be: a client's clock may run a little ahead. */
export const CLOCK_LEEWAY_SECONDS = 10;

/** The formats a `duration` string may take, for the 400 that refuses one. */
export const DURATION_FORMATS = '1:30, 1.5, 1,5, 90 (minutes), 90m, 45 min, 1h, 1h30, 1h 30, 1h30m, 2 hours, 1 hour 15 minutes';

export interface Span {
  start: Date;
  end: Date;
  durationSeconds: number;
}

/** The time fields of an entry's body. */
export interface SpanInput {
  start_time?: string;
  end_time?: string;
  duration_seconds?: number;
  duration?: string;
}

/** The length the body gives (`duration_seconds` or `duration`), with the path that gave it; null when neither. */
function lengthOf(input: SpanInput, errors: FieldErrors): { seconds: number; path: string } | null | undefined {
  let typed: number | null = null;
  if (input.duration !== undefined) {
    typed = parseDuration(input.duration);
    if (typed === null) {
      errors.add(
        'body.duration',
        `cannot be read as a duration (“${input.duration.trim()}”): write it as ${DURATION_FORMATS}; more than 0 and at most ${MAX_ENTRY_SECONDS / 3600} hours`,
      );
      return undefined;
    }
  }
  if (typed !== null && input.duration_seconds !== undefined && typed !== input.duration_seconds) {
    errors.add('body.duration', `means ${typed} seconds, but duration_seconds says ${input.duration_seconds}; give one of them`);
    return undefined;
  }
  if (input.duration_seconds !== undefined) return { seconds: input.duration_seconds, path: 'body.duration_seconds' };
  return typed === null ? null : { seconds: typed, path: 'body.duration' };
}

/**
 * Resolves the body's time fields into a span (see the header). `current` is the stored entry on
 * a change. Returns null with `errors` filled when the fields do not make a valid span; on a change,
 * `unchanged: true` when the span is the stored one (nothing to judge, nothing to write).
 */
export function resolveSpan(
  input: SpanInput,
  current: { start: Date; end: Date } | null,
  errors: FieldErrors,
  now: Date = new Date(),
): (Span & { unchanged: boolean }) | null {
  const givenStart = input.start_time !== undefined ? parseInstant(input.start_time, 'body.start_time', errors) : null;
  const givenEnd = input.end_time !== undefined ? parseInstant(input.end_time, 'body.end_time', errors) : null;
  const length = lengthOf(input, errors);
  if ((input.start_time !== undefined && !givenStart) || (input.end_time !== undefined && !givenEnd) || length === undefined) return null;

  let start = givenStart ?? current?.start ?? null;
  let end = givenEnd ?? (length ? null : (current?.end ?? null));
  // The field a wrong span is reported on: the one that set the end (or the start, when derived).
  let path = givenEnd ? 'body.end_time' : (length?.path ?? 'body.end_time');
  if (length && givenEnd && start) {
    const between = (givenEnd.getTime() - start.getTime()) / 1000;
    if (between !== length.seconds) {
      errors.add(length.path, `must equal end_time - start_time (${between} seconds) when both are given`);
      return null;
    }
  } else if (length && start) end = new Date(start.getTime() + length.seconds * 1000);
  else if (length) {
    // A new entry without a start: the length ends at the given end, or now.
    end = givenEnd ?? toWholeSecond(now);
    start = new Date(end.getTime() - length.seconds * 1000);
    path = length.path;
  }

  if (!start) {
    errors.add('body.start_time', 'is required, unless only a duration is given (the entry then ends now)');
    return null;
  }
  if (!end) {
    errors.add('body.end_time', 'is required (or give duration_seconds or duration); running entries are made by the timer');
    return null;
  }
  const durationSeconds = (end.getTime() - start.getTime()) / 1000;
  const unchanged = current !== null && start.getTime() === current.start.getTime() && end.getTime() === current.end.getTime();
  if (unchanged) return { start, end, durationSeconds, unchanged };

  if (durationSeconds <= 0) errors.add(path, path === 'body.end_time' ? 'must be after start_time' : 'must be greater than 0');
  else if (durationSeconds > MAX_DURATION_SECONDS)
    errors.add(path, `must be at most 7 days (${MAX_DURATION_SECONDS} seconds) after start_time`);
  else if (!yearInRange(end)) errors.add(path, `must end between the years ${MIN_YEAR} and ${MAX_YEAR}`);
  else if (!yearInRange(start)) errors.add(path, `must start between the years ${MIN_YEAR} and ${MAX_YEAR}`);
  else if (end.getTime() > now.getTime() + CLOCK_LEEWAY_SECONDS * 1000)
    errors.add(
      path,
      `would make the entry end in the future (${end.toISOString()}): log time that has passed, or start the timer for work that is going on`,
    );
  else return { start, end, durationSeconds, unchanged };
  return null;
}
