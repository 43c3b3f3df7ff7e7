/**
 * Time entries as calendar events (docs/guides/tracking-time.md#calendar), and which of them may be
 * moved: pure functions, so the rules are tested without a calendar on screen.
 */
import type { EventInput } from '@fullcalendar/core';
import type { ProjectAction } from '@timekeeper/shared';
import { recordActions, recordLock, TIME_RULES, type RecordLock, type TimeEntry } from '@/features/time-entries';
import type { Access } from '@/lib/access';
import type { Dates, TimeSettings } from '@/lib/dates';

/** Why an entry cannot be moved on the calendar, or edited at all. */
export type EntryBlock =
  | { readonly kind: 'locked'; readonly lock: RecordLock }
  | { readonly kind: 'archived' }
  | { readonly kind: 'not_allowed' }
  | { readonly kind: 'running' };

export interface EntryRule {
  /** Offer the edit form on click (a running entry takes only its task and notes). */
  readonly edit: boolean;
  /** Drag to move or resize. */
  readonly move: boolean;
  readonly block: EntryBlock | null;
}

export interface EntryRuleContext {
  readonly access: Access;
  /** The caller's user id. */
  readonly me: number | undefined;
  /** The caller's actions on the entry's project (GET /projects/{id}/access). */
  readonly project: { can: (action: ProjectAction) => boolean };
  readonly archived: boolean;
}

/**
 * The rule the time entries table uses to offer Edit (`recordActions`, the shared ownership rule),
 * then the entry's lock (`recordLock`: awaiting approval, approved or invoiced). A running entry's
 * times belong to the timer: it opens in the form but does not move.
 */
export function entryRule(entry: TimeEntry, ctx: EntryRuleContext): EntryRule {
  if (ctx.archived) return { edit: false, move: false, block: { kind: 'archived' } };
  if (!recordActions(TIME_RULES, ctx.access, ctx.project, entry.user_id === ctx.me).edit)
    return { edit: false, move: false, block: { kind: 'not_allowed' } };
  const lock = recordLock(entry, ctx.project);
  if (lock) return { edit: false, move: false, block: { kind: 'locked', lock } };
  if (entry.end_time === null) return { edit: true, move: false, block: { kind: 'running' } };
  return { edit: true, move: true, block: null };
}

/** Words for a block that is not a lock (a lock is shown by the time entries' lock note). */
export const BLOCK_TEXT = {
  archived: 'Its project is archived: entries on it cannot be changed.',
  not_allowed: 'You may not change this entry.',
  running: 'The timer is running: stop it to set the end. You can change its task and notes.',
} as const satisfies Record<Exclude<EntryBlock['kind'], 'locked'>, string>;

export interface EventLabels {
  /** "Acme Website Redesign · Design" */
  readonly title: string;
  /** "Mon, 3 Mar 2026, 07:00–08:30" ("… 07:00 – running" for the timer). */
  readonly when: string;
  /** "07:00–08:30": the entry's own times, shown on each day of one crossing midnight. */
  readonly span: string;
  /** Read by screen readers: the title, day and times, notes and the lock. */
  readonly label: string;
}

/** An entry's words on the calendar, its times in the person's zone, locale and clock (`dates`). */
export function entryLabels(
  entry: TimeEntry,
  names: { project: string | undefined; task: string | undefined },
  rule: EntryRule,
  dates: Pick<Dates, 'dayOf' | 'formatDay' | 'formatClock'>,
): EventLabels {
  const project = names.project ?? `Project ${entry.project_id}`;
  const title = entry.task_id === null ? project : `${project} · ${names.task ?? `Task ${entry.task_id}`}`;
  const end = entry.end_time ? dates.formatClock(entry.end_time) : 'running';
  const span = `${dates.formatClock(entry.start_time)}–${end}`;
  const when = `${dates.formatDay(dates.dayOf(entry.start_time))}, ${span}`;
  const parts = [title, when, entry.notes, rule.block?.kind === 'locked' ? 'locked' : ''];
  return { title, when, span, label: parts.filter(Boolean).join(', ') };
}

const asMs = (instant: string | Date) => (typeof instant === 'string' ? new Date(instant) : instant).getTime();
const MINUTE = 60_000;

/**
 * One entry as an event. Instants keep their offset, so the calendar (in the person's zone)
 * places them on their day and hour; a running entry lasts until `now` (at least a minute).
 */
export function entryEvent(entry: TimeEntry, rule: EntryRule, labels: EventLabels, now: Date): EventInput {
  const running = entry.end_time === null;
  return {
    id: String(entry.id),
    title: labels.title,
    start: entry.start_time,
    end: entry.end_time ?? new Date(Math.max(now.getTime(), asMs(entry.start_time) + MINUTE)).toISOString(),
    startEditable: rule.move,
    durationEditable: rule.move,
    classNames: [running ? 'tk-event-running' : '', rule.move || rule.edit ? '' : 'tk-event-locked'].filter(Boolean),
    extendedProps: {
      entryId: entry.id,
      notes: entry.notes,
      label: labels.label,
      span: labels.span,
      locked: rule.block?.kind === 'locked',
      running,
    },
  };
}

/**
 * The PUT body for an entry dragged or resized on the calendar: each end moves by exactly what
 * the calendar moved it, so seconds the calendar does not show are kept. Only what changed is sent.
 */
export function movedTimes(
  entry: Pick<TimeEntry, 'start_time' | 'end_time'>,
  before: { start: Date; end: Date },
  after: { start: Date; end: Date },
): { start_time?: string; end_time?: string } {
  const body: { start_time?: string; end_time?: string } = {};
  const startShift = after.start.getTime() - before.start.getTime();
  const endShift = after.end.getTime() - before.end.getTime();
  if (startShift !== 0) body.start_time = new Date(asMs(entry.start_time) + startShift).toISOString();
  if (endShift !== 0 && entry.end_time) body.end_time = new Date(asMs(entry.end_time) + endShift).toISOString();
  return body;
}

/** The first day of the week as the calendar counts it (0 = Sunday). */
export const FIRST_DAY = { sunday: 0, monday: 1, saturday: 6 } as const satisfies Record<TimeSettings['week_start'], number>;

/** Hours on the time axis and on events in the person's clock, written as everywhere else in the app (lib/dates). */
export function clockFormat(timeFormat: TimeSettings['time_format']): Intl.DateTimeFormatOptions {
  return timeFormat === '12h'
    ? { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' }
    : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
}

/** The person's locale when the browser knows it, else English (the calendar passes it to Intl). */
export function calendarLocale(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? 'en';
  } catch {
    return 'en';
  }
}
