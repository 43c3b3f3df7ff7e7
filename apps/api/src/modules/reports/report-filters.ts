/**
 * The rules every report request shares, for summaries and saved definitions alike:
 * the date range (the caller's days, both ends included: docs/api/README.md, "Days and time
 * zones"), whose data the caller may report on, and which project they may filter by.
 */
import { dayRange as daysInZone } from '@timekeeper/shared';
import type { Tx } from '../../lib/db-types.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, unauthorized, validationFailed } from '../../lib/errors.js';
import { requireProject } from '../projects/project-access.js';
import { MAX_RANGE_DAYS } from './reports.schemas.js';

const DAY_MS = 86_400_000;

/** Midnight UTC of a YYYY-MM-DD day, or null when it is not a real calendar date (2026-02-30). */
export function parseDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** A real calendar day, or 400 naming the field. */
export function requireDay(value: string, field: string): Date {
  const day = parseDay(value);
  if (!day) throw validationFailed(`${field} is not a valid date`, [{ path: field, message: 'must be a real date (YYYY-MM-DD)' }]);
  return day;
}

export interface DayRange {
  /** First instant included (the start of start_date in the zone). */
  from: Date;
  /** First instant after the range (the start of the day after end_date in the zone). */
  until: Date;
}

/**
 * Checks a range the schema has already shaped (the schema's `date` format rejects most bad
 * dates; this is the authority, so a saved definition or another caller gets the same answer).
 * `path` prefixes the field names in the 400 body, e.g. `querystring` or `body.params`.
 */
export function checkDayRange(start: string, end: string, path: string): void {
  const from = requireDay(start, `${path}.start_date`);
  const last = requireDay(end, `${path}.end_date`);
  if (last < from)
    throw validationFailed(`${path}.end_date must not be before start_date`, [
      { path: `${path}.end_date`, message: 'must not be before start_date' },
    ]);
  const days = Math.round((last.getTime() - from.getTime()) / DAY_MS) + 1;
  if (days > MAX_RANGE_DAYS) {
    throw validationFailed(`The range covers ${days} days; at most ${MAX_RANGE_DAYS} are allowed`, [
      { path: `${path}.end_date`, message: `must be at most ${MAX_RANGE_DAYS} days from start_date, both included` },
    ]);
  }
}

/** The instants of a checked range of days in `timeZone` (a day may last 23 or 25 hours). */
export function dayRange(start: string, end: string, path: string, timeZone: string): DayRange {
  checkDayRange(start, end, path);
  const { start: from, end: until } = daysInZone(start, end, timeZone);
  return { from, until };
}

/** Whose entries a report covers: everyone's, or one user's. */
export type UserScope = { kind: 'all' } | { kind: 'user'; userId: number };

/**
 * Own data unless the caller holds view_all_reports. Naming someone else without it is a 403
 * (the route is allowed, this use of it is not); naming yourself is always fine.
 */
export function userScope(actor: Actor, userId: number | undefined): UserScope {
  const all = actor.account.permissions.has('view_all_reports');
  if (userId !== undefined) {
    if (userId !== actor.userId && !all) {
      throw new AppError('forbidden', "Reports over other users require the 'view_all_reports' permission", {
        required_permission: 'view_all_reports',
      });
    }
    return { kind: 'user', userId };
  }
  if (all) return { kind: 'all' };
  if (actor.userId === null) throw unauthorized();
  return { kind: 'user', userId: actor.userId };
}

/** A project filter must name a project the caller can see (404 otherwise, never 403). */
export async function assertProjectFilter(db: Tx, actor: Actor, projectId: number | undefined): Promise<void> {
  if (projectId !== undefined) await requireProject(db, actor, projectId);
}
