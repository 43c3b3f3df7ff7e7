/**
 * The time entry form's values and the request body they become. A person gives either a start
 * and an end time, or a start and a duration; the API takes `end_time` or `duration_seconds`
 * and checks the span itself (end after start, at most 7 days), so this module checks only what
 * it must to build a body at all and leaves the rest to the API's field errors.
 */
import type { CreateTimeEntryBody, TimeEntry, UpdateTimeEntryBody } from '../api/types';
import { localDateTime, toDateString, toTimeString } from '@/lib/dates';
import { formatDuration, parseDuration } from '@/lib/duration';

export type EntryMode = 'range' | 'duration';

export interface EntryFormValues {
  projectId: string;
  taskId: string;
  /** YYYY-MM-DD, local */
  date: string;
  mode: EntryMode;
  /** HH:MM, local */
  start: string;
  end: string;
  /** As typed: "1:30", "1.5", "1h30m"… */
  duration: string;
  billable: boolean;
  notes: string;
}

/** Form field → the body field whose API errors it shows. */
export const ENTRY_FIELD_PATHS = {
  projectId: 'project_id',
  taskId: 'task_id',
  start: 'start_time',
  end: 'end_time',
  duration: 'duration_seconds',
  billable: 'billable',
  notes: 'notes',
} as const satisfies Partial<Record<keyof EntryFormValues, string>>;

export type EntryFormErrors = Partial<Record<keyof EntryFormValues, string>>;

export function newEntryValues(now = new Date(), projectId?: number): EntryFormValues {
  const hourAgo = new Date(now.getTime() - 3600_000);
  const sameDay = toDateString(hourAgo) === toDateString(now);
  return {
    projectId: projectId === undefined ? '' : String(projectId),
    taskId: '',
    date: toDateString(now),
    mode: 'range',
    start: sameDay ? toTimeString(hourAgo) : '00:00',
    end: toTimeString(now),
    duration: '1:00',
    billable: true,
    notes: '',
  };
}

export function entryValues(entry: TimeEntry): EntryFormValues {
  const start = new Date(entry.start_time);
  const end = entry.end_time ? new Date(entry.end_time) : null;
  return {
    projectId: String(entry.project_id),
    taskId: entry.task_id === null ? '' : String(entry.task_id),
    date: toDateString(start),
    mode: 'range',
    start: toTimeString(start),
    end: end ? toTimeString(end) : '',
    duration: entry.duration_seconds ? formatDuration(entry.duration_seconds) : '',
    billable: entry.billable,
    notes: entry.notes,
  };
}

/**
 * The body of POST /time-entries (and of PUT, which takes the same fields). An end on another
 * day than the start (past midnight) is not guessed: a range is on one day, longer spans use a
 * duration. An end before the start goes to the API, whose field error explains it.
 */
export function buildEntryBody(
  values: EntryFormValues,
): { body: CreateTimeEntryBody; errors?: never } | { body?: never; errors: EntryFormErrors } {
  const errors: EntryFormErrors = {};
  const projectId = Number(values.projectId);
  if (!values.projectId || !Number.isInteger(projectId)) errors.projectId = 'Choose a project';
  const start = localDateTime(values.date, values.start);
  const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(values.date);
  if (!dateOk) errors.date = 'Enter a date';
  else if (!start) errors.start = 'Enter a start time';

  const body: CreateTimeEntryBody = {
    project_id: projectId,
    task_id: values.taskId ? Number(values.taskId) : null,
    start_time: start ? start.toISOString() : '',
    billable: values.billable,
    notes: values.notes,
  };
  if (values.mode === 'range') {
    const end = localDateTime(values.date, values.end);
    if (!end) {
      if (dateOk) errors.end = 'Enter an end time';
    } else body.end_time = end.toISOString();
  } else {
    const seconds = parseDuration(values.duration);
    if (seconds === null) errors.duration = 'Enter a duration such as 1:30, 1.5 or 1h30m';
    else body.duration_seconds = seconds;
  }
  return Object.keys(errors).length > 0 ? { errors } : { body };
}

/** A running entry takes only its task and notes (the timer owns its times). */
export function buildRunningEntryBody(values: EntryFormValues): UpdateTimeEntryBody {
  return { task_id: values.taskId ? Number(values.taskId) : null, notes: values.notes };
}
