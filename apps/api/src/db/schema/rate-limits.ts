import { bigint, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Attempt and request counters shared by every instance on PostgreSQL (sign-ins, password and
 * email changes, API token requests): one row per key, counting since `first_at` until
 * `expires_at`. Unlogged (migration 0007): a counter is worth no WAL, and losing the counts in a
 * crash only forgives attempts. PGlite keeps them in memory instead (one process).
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    /** Milliseconds since the epoch, by the clock of the instance that counted. */
    firstAt: bigint('first_at', { mode: 'number' }).notNull(),
    lastAt: bigint('last_at', { mode: 'number' }).notNull(),
    expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
  },
  (t) => [index('rate_limits_expires_idx').on(t.expiresAt)],
);
