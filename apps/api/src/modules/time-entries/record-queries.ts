/**
 * What the time-entry and expense services share when they read records: the list conditions
 * (your own records, and all records on projects where you have the team-view action) and the
 * visible-record check behind GET, PUT and DELETE by id. The write rules are in record-access.ts.
 */
import { eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../lib/actor.js';
import type { Tx } from '../../lib/db-types.js';
import { notFound } from '../../lib/errors.js';
import { projectsAllowing, type ProjectContext } from '../projects/project-access.js';
import { canSee, visibleProject, type RecordActions, type UserRef } from './record-access.js';

/** The columns of a record table (time_entries, expenses) the shared filters read. */
interface RecordColumns {
  userId: AnyPgColumn;
  projectId: AnyPgColumn;
  billable: AnyPgColumn;
}

/** The filters of both list queries that mean the same: project_id, user_id, billable. */
interface RecordFilter {
  project_id?: number;
  user_id?: number;
  billable?: boolean;
}

/**
 * Visibility and the shared filters of a record list, as conditions to `and(...)` with the table's
 * own. Asking for your own records (`user_id` = you) needs no look at your projects: your own are
 * all visible to you.
 */
export async function recordListConditions(
  db: Tx,
  actor: Actor,
  actions: RecordActions,
  table: RecordColumns,
  filter: RecordFilter,
): Promise<(SQL | undefined)[]> {
  const ownOnly = actor.userId !== null && filter.user_id === actor.userId;
  return [
    ownOnly ? undefined : await visibleRecords(db, actor, actions, table),
    filter.project_id !== undefined ? eq(table.projectId, filter.project_id) : undefined,
    filter.user_id !== undefined ? eq(table.userId, filter.user_id) : undefined,
    filter.billable !== undefined ? eq(table.billable, filter.billable) : undefined,
  ];
}

/** Your own records, and those on projects where you have the team-view action (undefined: all). */
async function visibleRecords(db: Tx, actor: Actor, actions: RecordActions, table: RecordColumns): Promise<SQL | undefined> {
  const team = await projectsAllowing(db, actor, actions.viewTeam);
  const own = actor.userId === null ? sql`false` : eq(table.userId, actor.userId);
  return team === 'all' ? undefined : team.length > 0 ? or(own, inArray(table.projectId, team)) : own;
}

/** A record the actor may see, with its owner, its project's context (null when invisible) and whether it is theirs. */
export interface VisibleRecord<Row> {
  row: Row;
  user: UserRef;
  ctx: ProjectContext | null;
  own: boolean;
}

/** The loaded record if the actor may see it; 404 otherwise (missing and invisible look the same). */
export async function requireVisibleRecord<Row extends { userId: number; projectId: number }>(
  db: Tx,
  actor: Actor,
  actions: RecordActions,
  found: { row: Row; user: UserRef } | undefined,
  what: string,
): Promise<VisibleRecord<Row>> {
  if (!found) throw notFound(what);
  const ctx = await visibleProject(db, actor, found.row.projectId);
  if (!canSee(actor, found.row.userId, ctx, actions)) throw notFound(what);
  return { row: found.row, user: found.user, ctx, own: found.row.userId === actor.userId };
}
