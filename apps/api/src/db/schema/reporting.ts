import { bigint, boolean, date, index, integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';

/**
 * Finished time entries rolled up per UTC calendar month, person, project and billable flag:
 * what the summary report reads for whole months (modules/reports/reports.service.ts; why months
 * and how a caller's days in any time zone are answered: docs/development/README.md, "Report
 * rollup"). Kept by a trigger on time_entries (migration 0009) in the same transaction as every
 * change of an entry, whoever writes it; a row whose entries drop to zero is deleted. No foreign
 * keys: entries themselves keep their people and projects from being deleted.
 */
export const timeEntryMonths = pgTable(
  'time_entry_months',
  {
    /** The first day of the UTC month start_time falls in. */
    month: date('month', { mode: 'string' }).notNull(),
    userId: integer('user_id').notNull(),
    projectId: integer('project_id').notNull(),
    billable: boolean('billable').notNull(),
    seconds: bigint('seconds', { mode: 'number' }).notNull(),
    entries: integer('entries').notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.userId, t.projectId, t.billable] }), index('time_entry_months_user_idx').on(t.userId, t.month)],
);
