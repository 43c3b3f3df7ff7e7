/**
 * The grid the timesheet page shows (docs/guides/tracking-time.md#weekly-timesheet): the week's
 * rows from the API plus the rows added on the page that have no time yet, and each cell's value
 * as saved or being saved.
 */
import { isApiError } from '@/lib/api-client';
import { formatDuration } from '@/lib/duration';
import type { Timesheet, TimesheetRow } from '../api/types';

/** A row's project and task, as the grid names it. */
export type RowRef = Pick<TimesheetRow, 'project' | 'task'>;

export interface GridRow extends RowRef {
  key: string;
  label: string;
  /** Seven cells: seconds (saved, or being saved) and whether the cell is locked. */
  cells: { date: string; seconds: number; locked: boolean }[];
  total: number;
}

export const rowKey = (projectId: number, taskId: number | null | undefined) => `${projectId}:${taskId ?? ''}`;
export const cellKey = (row: string, day: number) => `${row}@${day}`;

export function rowLabel(row: RowRef): string {
  return row.task ? `${row.project.name} — ${row.task.name}` : row.project.name;
}

/** The API's rows, then the rows added on the page that the week does not hold, with `pending` values over saved ones. */
export function buildGrid(week: Timesheet, added: readonly RowRef[], pending: ReadonlyMap<string, number>) {
  const refs: (RowRef & Partial<Pick<TimesheetRow, 'days'>>)[] = [...week.rows];
  const seen = new Set(refs.map((r) => rowKey(r.project.id, r.task?.id)));
  for (const r of added) {
    const key = rowKey(r.project.id, r.task?.id);
    if (!seen.has(key)) {
      seen.add(key);
      refs.push(r);
    }
  }
  const rows: GridRow[] = refs.map((ref) => {
    const key = rowKey(ref.project.id, ref.task?.id);
    const saved = ref.days ?? [];
    const cells = week.days.map((date, i) => ({
      date,
      seconds: pending.get(cellKey(key, i)) ?? saved[i]?.seconds ?? 0,
      locked: saved[i]?.locked ?? false,
    }));
    return { key, project: ref.project, task: ref.task, label: rowLabel(ref), cells, total: cells.reduce((s, c) => s + c.seconds, 0) };
  });
  const dayTotals = week.days.map((_, i) => rows.reduce((s, r) => s + r.cells[i]!.seconds, 0));
  return { rows, dayTotals, weekTotal: dayTotals.reduce((s, d) => s + d, 0) };
}

/** A cell's value as the grid shows it: h:mm, nothing for an empty cell. */
export const cellText = (seconds: number) => (seconds > 0 ? formatDuration(seconds) : '');

/** What a failed save says in the cell: a locked cell in words, else the API's own message. */
export function saveErrorMessage(error: unknown): string {
  if (isApiError(error) && error.status === 409 && error.body && 'minimum_seconds' in error.body) {
    const minimum = Number(error.body.minimum_seconds);
    return `Locked: this day holds submitted, approved, invoiced or timer time, so it cannot go below ${formatDuration(minimum)}.`;
  }
  if (error instanceof Error && error.message) return error.message;
  return 'The time could not be saved. Try again.';
}

/** A date format in the person's locale, or the runtime's when Intl cannot resolve it. Plain dates are formatted in UTC. */
function plainDateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  } catch {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
  }
}

const plainDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** The week in the person's locale: "23–29 Nov 2026" (en-GB), "Nov 23 – 29, 2026" (en-US). */
export function weekRangeLabel(locale: string, start: string, end: string): string {
  return plainDateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(plainDay(start), plainDay(end));
}

/** Day headers and cell names in the person's locale: "Tue 2 Dec" (en-GB), "Tue, Dec 2" (en-US). */
export function dayLabeller(locale: string): (day: string) => string {
  const format = plainDateFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' });
  return (day) => format.format(plainDay(day));
}
