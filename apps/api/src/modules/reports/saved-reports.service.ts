/**
 * Saved report definitions: a name and summary filters, private to the user who saved them.
 * Someone else's definition is invisible (404), whatever the caller's permissions: they are
 * personal bookmarks, not shared data. Filters are checked when saving with the same rules a
 * summary applies, so a definition never names a project or user the caller could not report on.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { savedReports } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import { notFound, unauthorized } from '../../lib/errors.js';
import { paginate, type Page } from '../../lib/pagination.js';
import { assertProjectFilter, checkDayRange, requireDay, userScope } from './report-filters.js';
import type { CreateSavedReportBody, RenameSavedReportBody, SavedReport, SavedReportParams as SavedReportParamsSchema } from './reports.schemas.js';

type SavedReportParams = Static<typeof SavedReportParamsSchema>;

type SavedReportRow = typeof savedReports.$inferSelect;

const toView = (row: SavedReportRow): Static<typeof SavedReport> => ({
  id: row.id,
  name: row.name,
  params: row.params as SavedReportParams,
  created_at: row.createdAt.toISOString(),
});

function ownerOf(actor: Actor): number {
  if (actor.userId === null) throw unauthorized();
  return actor.userId;
}

export async function listSavedReports(db: Db, actor: Actor, page: Page) {
  const owner = eq(savedReports.userId, ownerOf(actor));
  const result = await paginate(
    page,
    async () => db.$count(savedReports, owner),
    (limit, offset) =>
      db.select().from(savedReports).where(owner).orderBy(desc(savedReports.createdAt), desc(savedReports.id)).limit(limit).offset(offset),
  );
  return { saved_reports: result.items.map(toView), pagination: result.pagination };
}

export async function createSavedReport(db: Db, actor: Actor, input: Static<typeof CreateSavedReportBody>) {
  const userId = ownerOf(actor);
  const { params } = input;
  // Either date may be left open (the SPA fills it in, e.g. "this month"); given both, the range rules apply.
  if (params.start_date !== undefined && params.end_date !== undefined) checkDayRange(params.start_date, params.end_date, 'body.params');
  else if (params.start_date !== undefined) requireDay(params.start_date, 'body.params.start_date');
  else if (params.end_date !== undefined) requireDay(params.end_date, 'body.params.end_date');
  userScope(actor, params.user_id);
  await assertProjectFilter(db, actor, params.project_id);
  // Store exactly the known fields, in a fixed order.
  const stored: SavedReportParams = {
    group_by: params.group_by,
    ...(params.start_date !== undefined ? { start_date: params.start_date } : {}),
    ...(params.end_date !== undefined ? { end_date: params.end_date } : {}),
    ...(params.project_id !== undefined ? { project_id: params.project_id } : {}),
    ...(params.user_id !== undefined ? { user_id: params.user_id } : {}),
    ...(params.billable !== undefined ? { billable: params.billable } : {}),
  };
  const [row] = await db.insert(savedReports).values({ userId, name: input.name.trim(), params: stored }).returning();
  return toView(row!);
}

export async function renameSavedReport(db: Db, actor: Actor, id: number, input: Static<typeof RenameSavedReportBody>) {
  const [row] = await db
    .update(savedReports)
    .set({ name: input.name.trim() })
    .where(and(eq(savedReports.id, id), eq(savedReports.userId, ownerOf(actor))))
    .returning();
  if (!row) throw notFound('Saved report');
  return toView(row);
}

export async function deleteSavedReport(db: Db, actor: Actor, id: number): Promise<void> {
  const deleted = await db
    .delete(savedReports)
    .where(and(eq(savedReports.id, id), eq(savedReports.userId, ownerOf(actor))))
    .returning({ id: savedReports.id });
  if (deleted.length === 0) throw notFound('Saved report');
}
