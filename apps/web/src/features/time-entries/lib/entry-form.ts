/**
 * The time entry form's values and the request body they become. A person gives either a start
 * and an end time, or a start and a duration; the API takes `end_time` or `duration_seconds`
 * and checks the span itself (end after start, at most 7 days), so this module checks only what
 * it must to build a body at all and leaves the rest to the API's field errors.
 */
import { MAX_ENTRY_SECONDS, parseDuration } from '@timekeeper/shared';
import type { CreateTimeEntryBody, TimeEntry, UpdateTimeEntryBody } from '../api/types';
import { browserDates, type Dates } from '@/lib/dates';
import { formatDurationExact } from '@/lib/duration';

export type EntryMode = 'range' | 'duration';

export interface EntryFormValues {
  projectId: string;
  /** Whose time a new entry is: '' for the caller's own, else the id of the person it is logged for. */
  userId: string;
  taskId: string;
  /** YYYY-MM-DD, local */
  date: string;
  mode: EntryMode;
  /** HH:MM, local */
  start: string;
  end: string;
  /** As typed: "1:30", "1.5", "90", "1h30"… (docs/guides/tracking-time.md#typing-a-duration) */
  duration: string;
  billable: boolean;
  notes: string;
}

/** Form field → the body field whose API errors it shows. */
export const ENTRY_FIELD_PATHS = {
  projectId: 'project_id',
  userId: 'user_id',
  taskId: 'task_id',
  start: 'start_time',
  end: 'end_time',
  duration: 'duration_seconds',
  billable: 'billable',
  notes: 'notes',
} as const satisfies Partial<Record<keyof EntryFormValues, string>>;

export type EntryFormErrors = Partial<Record<keyof EntryFormValues, string>>;

/** A new entry: the last hour, today, in the person's zone (`dates`). */
export function newEntryValues(now = new Date(), projectId?: number, dates: Dates = browserDates()): EntryFormValues {
  const hourAgo = new Date(now.getTime() - 3600_000);
  const sameDay = dates.dayOf(hourAgo) === dates.dayOf(now);
  return {
    projectId: projectId === undefined ? '' : String(projectId),
    userId: '',
    taskId: '',
    date: dates.dayOf(now),
    mode: 'range',
    start: sameDay ? dates.timeOf(hourAgo) : '00:00',
    end: dates.timeOf(now),
    duration: '1:00',
    billable: true,
    notes: '',
  };
}

/**
 * A new entry for a span chosen elsewhere (a gap selected on the calendar), in the person's zone.
 * A span that ends on a later day (e.g. at midnight) becomes a start and a duration.
 */
export function spanEntryValues(span: { start: Date; end: Date }, projectId?: number, dates: Dates = browserDates()): EntryFormValues {
  const seconds = Math.round((span.end.getTime() - span.start.getTime()) / 1000);
  const sameDay = dates.dayOf(span.start) === dates.dayOf(span.end);
  return {
    ...newEntryValues(span.end, projectId, dates),
    date: dates.dayOf(span.start),
    mode: sameDay ? 'range' : 'duration',
    start: dates.timeOf(span.start),
    end: sameDay ? dates.timeOf(span.end) : '',
    duration: formatDurationExact(seconds),
  };
}

/** An entry's fields, its day and times in the person's zone (`dates`). */
export function entryValues(entry: TimeEntry, dates: Dates = browserDates()): EntryFormValues {
  const start = new Date(entry.start_time);
  const end = entry.end_time ? new Date(entry.end_time) : null;
  return {
    projectId: String(entry.project_id),
    userId: '',
    taskId: entry.task_id === null ? '' : String(entry.task_id),
    date: dates.dayOf(start),
    mode: 'range',
    start: dates.timeOf(start),
    end: end ? dates.timeOf(end) : '',
    duration: entry.duration_seconds ? formatDurationExact(entry.duration_seconds) : '',
    billable: entry.billable,
    notes: entry.notes,
  };
}

const DURATION_HELP = 'Enter a duration such as 1:30, 1.5, 90 (minutes) or 1h30, at most 24 h';

/**
 * What the duration field understood, shown next to it while typing: "= 1:30 h", or why it cannot
 * read the text. Read by the one parser the API uses too (`parseDuration`, packages/shared).
 */
export function durationPreview(typed: string): { seconds: number | null; text: string } {
  if (typed.trim() === '') return { seconds: null, text: '' };
  const seconds = parseDuration(typed);
  if (seconds !== null) return { seconds, text: `= ${formatDurationExact(seconds)} h` };
  return {
    seconds: null,
    text: `Cannot read “${typed.trim()}” as a duration: try 1:30, 1.5, 90 or 1h30 (at most ${MAX_ENTRY_SECONDS / 3600} h).`,
  };
}

/**
 * A typed HH:MM on a day, as an instant. When the time is the one the form showed for `original`
 * (the person did not touch it), the original's seconds are kept: the form shows minutes only.
 */
function instantOf(dates: Dates, day: string, time: string, original: string | null | undefined): Date | null {
  const at = dates.instantAt(day, time);
  if (!at || !original) return at;
  const before = new Date(original);
  if (dates.timeOf(before) === time) at.setUTCSeconds(before.getUTCSeconds(), before.getUTCMilliseconds());
  return at;
}

/**
 * The body of POST /time-entries (and of PUT, which takes the same fields). An end on another
 * day than the start (past midnight) is not guessed: a range is on one day, longer spans use a
 * duration. An end before the start goes to the API, whose field error explains it. With `entry`
 * (an edit), times the person left as shown keep the entry's seconds.
 */
export function buildEntryBody(
  values: EntryFormValues,
  entry?: TimeEntry,
  dates: Dates = browserDates(),
): { body: CreateTimeEntryBody; errors?: never } | { body?: never; errors: EntryFormErrors } {
  const errors: EntryFormErrors = {};
  const projectId = Number(values.projectId);
  if (!values.projectId || !Number.isInteger(projectId)) errors.projectId = 'Choose a project';
  const start = instantOf(dates, values.date, values.start, entry?.start_time);
  const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(values.date);
  if (!dateOk) errors.date = 'Enter a date';
  else if (!start) errors.start = 'Enter a start time';

  const body: CreateTimeEntryBody = {
    project_id: projectId,
    ...(values.userId ? { user_id: Number(values.userId) } : {}),
    task_id: values.taskId ? Number(values.taskId) : null,
    start_time: start ? start.toISOString() : '',
    billable: values.billable,
    notes: values.notes,
  };
  if (values.mode === 'range') {
    const end = instantOf(dates, values.date, values.end, entry?.end_time);
    if (!end) {
      if (dateOk) errors.end = 'Enter an end time';
    } else body.end_time = end.toISOString();
  } else {
    const seconds = parseDuration(values.duration);
    if (seconds === null) errors.duration = DURATION_HELP;
    else body.duration_seconds = seconds;
  }
  return Object.keys(errors).length > 0 ? { errors } : { body };
}

const sameInstant = (a: string | null | undefined, b: string | null | undefined) =>
  a != null && b != null && new Date(a).getTime() === new Date(b).getTime();

/**
 * The body of PUT /time-entries/{id} for an edit: only what the person changed (an edit of the
 * notes sends no times), so a time left alone keeps its seconds exactly. `{}` when nothing changed.
 */
export function buildEntryUpdate(
  entry: TimeEntry,
  values: EntryFormValues,
  dates: Dates = browserDates(),
): { body: UpdateTimeEntryBody; errors?: never } | { body?: never; errors: EntryFormErrors } {
  const built = buildEntryBody(values, entry, dates);
  if (built.errors) return built;
  const next = built.body;
  const body: UpdateTimeEntryBody = {};
  const moved = next.project_id !== entry.project_id;
  if (moved) body.project_id = next.project_id;
  // A task of the old project must be replaced when moving (docs/api/time-entries.md#put-time-entriesid).
  if (moved || next.task_id !== entry.task_id) body.task_id = next.task_id ?? null;
  const startChanged = !sameInstant(next.start_time, entry.start_time);
  if (startChanged) body.start_time = next.start_time;
  if (next.end_time !== undefined && !sameInstant(next.end_time, entry.end_time)) body.end_time = next.end_time;
  // In duration mode a moved start keeps the duration (the API would otherwise keep the end).
  if (next.duration_seconds !== undefined && (startChanged || next.duration_seconds !== entry.duration_seconds))
    body.duration_seconds = next.duration_seconds;
  if (next.billable !== undefined && next.billable !== entry.billable) body.billable = next.billable;
  if (next.notes !== undefined && next.notes !== entry.notes) body.notes = next.notes;
  return { body };
}

/** A running entry takes only its task and notes (the timer owns its times). */
export function buildRunningEntryBody(values: EntryFormValues): UpdateTimeEntryBody {
  return { task_id: values.taskId ? Number(values.taskId) : null, notes: values.notes };
}
