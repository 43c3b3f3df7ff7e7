/**
 * The entries behind a summary, one CSV row each (GET /reports/entries/export): the same
 * finished entries the summary with the same filters counts (the one `reportSelection` of
 * reports.service.ts: projects the caller can see, their own entries, others' only with
 * view_all_reports where they may see the team's time), so its hours add up to the summary's
 * totals. docs/api/reports.md.
 *
 * Instants are written with the offset of the caller's zone (`2026-12-02T07:00:00+09:00`) and
 * the day is the caller's day; amounts appear under the summary's rule (the financials of every
 * project in the file), per entry: billable hours × the member's rate, else the project's.
 */
import { dayOf, withOffset } from '@timekeeper/shared';
import { and, asc, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.js';
import { clients, participations, projects, tasks, timeEntries, users } from '../../db/schema/index.js';
import type { Actor } from '../../lib/actor.js';
import { csvDocument } from '../../lib/csv.js';
import { unprocessable } from '../../lib/errors.js';
import { projectsAllowing } from '../projects/project-access.js';
import type { EntriesExportQuery } from './reports.schemas.js';
import { reportSelection } from './reports.service.js';
import { hours } from './summary-csv.js';

/** The most rows one file holds; a wider export is refused with a request to narrow it. */
export const MAX_EXPORT_ENTRIES = 50_000;

const te = timeEntries;

export interface EntriesExport {
  csv: string;
  filename: string;
}

export async function entriesExport(db: Db, actor: Actor, input: Static<typeof EntriesExportQuery>): Promise<EntriesExport> {
  const {
    calendar: { timeZone },
    range,
    filters,
  } = await reportSelection(db, actor, input);
  const condition = and(isNotNull(te.endTime), gte(te.startTime, range.from), lt(te.startTime, range.until), filters(te));
  const count = await db.$count(te, condition);
  if (count > MAX_EXPORT_ENTRIES) {
    throw unprocessable(
      `The export would hold ${count} entries; at most ${MAX_EXPORT_ENTRIES} fit in one file, so narrow the dates or filters`,
      { entries: count, max_entries: MAX_EXPORT_ENTRIES },
    );
  }
  const rows = await db
    .select({
      id: te.id,
      startTime: te.startTime,
      endTime: te.endTime,
      seconds: te.durationSeconds,
      billable: te.billable,
      notes: te.notes,
      userName: users.name,
      projectId: te.projectId,
      projectName: projects.name,
      clientName: clients.name,
      taskName: tasks.name,
      currency: projects.currency,
      rate: sql<number | null>`coalesce(${participations.hourlyRate}, ${projects.hourlyRate})`.mapWith((v) => (v === null ? null : Number(v))),
    })
    .from(te)
    .innerJoin(users, eq(users.id, te.userId))
    .innerJoin(projects, eq(projects.id, te.projectId))
    .leftJoin(clients, eq(clients.id, projects.clientId))
    .leftJoin(tasks, eq(tasks.id, te.taskId))
    .leftJoin(participations, and(eq(participations.projectId, te.projectId), eq(participations.userId, te.userId)))
    .where(condition)
    .orderBy(asc(te.startTime), asc(te.id));

  // The summary's rule: amounts only when the caller may see the financials of every project in the
  // file (an empty file: of every project at all), so the column never comes and goes with the data.
  const financial = await projectsAllowing(db, actor, 'view_financials');
  const withAmount = financial === 'all' || (rows.length > 0 && rows.every((r) => financial.includes(r.projectId)));
  const header = [
    'id',
    'date',
    'start',
    'end',
    'hours',
    'billable',
    'user',
    'client',
    'project',
    'task',
    'notes',
    ...(withAmount ? ['amount', 'currency'] : []),
  ];
  const records = rows.map((r) => [
    r.id,
    dayOf(r.startTime, timeZone),
    withOffset(r.startTime, timeZone),
    r.endTime === null ? '' : withOffset(r.endTime, timeZone),
    hours(r.seconds ?? 0),
    r.billable ? 'yes' : 'no',
    r.userName,
    r.clientName,
    r.projectName,
    r.taskName,
    r.notes,
    ...(withAmount ? [r.billable ? (Math.round(((r.seconds ?? 0) * (r.rate ?? 0)) / 36) / 100).toFixed(2) : '0.00', r.currency] : []),
  ]);
  return {
    csv: csvDocument(header, records),
    filename: `timekeeper-entries-${input.start_date}-${input.end_date}.csv`,
  };
}
