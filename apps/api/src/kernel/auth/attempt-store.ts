/**
 * Where attempt and request counts live: this process's memory on PGlite (one process), the
 * `rate_limits` table on PostgreSQL, so every instance sharing the database counts against one
 * limit (docs/admin/security/README.md, "Sign-in limits and lockout").
 */
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rateLimits } from '../../db/schema/index.js';

export interface AttemptRecord {
  /** Attempts counted since `firstAt`. */
  readonly count: number;
  readonly firstAt: number;
  readonly lastAt: number;
}

export interface AttemptStore {
  /** The record under `key`, or null when there is none (never counted, cleared or expired). */
  get(key: string, now: number): Promise<AttemptRecord | null>;
  /** Counts `n` (default 1) attempts; a record whose window (from its first attempt) has passed starts over. */
  add(key: string, now: number, windowMs: number, n?: number): Promise<AttemptRecord>;
  clear(key: string): Promise<void>;
}

/** In-process store: a map bounded in size, oldest entries dropped first. */
export class MemoryAttemptStore implements AttemptStore {
  private readonly entries = new Map<string, AttemptRecord & { expiresAt: number }>();
  constructor(private readonly maxEntries = 100_000) {}

  async get(key: string, now: number): Promise<AttemptRecord | null> {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return null;
    }
    return entry;
  }

  async add(key: string, now: number, windowMs: number, n = 1): Promise<AttemptRecord> {
    const current = this.entries.get(key);
    const next =
      current && current.expiresAt > now
        ? { ...current, count: current.count + n, lastAt: now }
        : { count: n, firstAt: now, lastAt: now, expiresAt: now + windowMs };
    // Re-inserting moves the key to the end: the map's order is "least recently counted first".
    this.entries.delete(key);
    this.entries.set(key, next);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return next;
  }

  async clear(key: string): Promise<void> {
    this.entries.delete(key);
  }
}

/**
 * The shared store: one row per key, counted by an atomic upsert (two instances counting at the
 * same moment both count), expired rows deleted by `sweep`. Times are the counting instance's
 * clock, in milliseconds.
 */
export class PgAttemptStore implements AttemptStore {
  constructor(private readonly db: Db) {}

  async get(key: string, now: number): Promise<AttemptRecord | null> {
    const [row] = await this.db
      .select({ count: rateLimits.count, firstAt: rateLimits.firstAt, lastAt: rateLimits.lastAt })
      .from(rateLimits)
      .where(and(eq(rateLimits.key, key), gt(rateLimits.expiresAt, now)));
    return row ?? null;
  }

  async add(key: string, now: number, windowMs: number, n = 1): Promise<AttemptRecord> {
    const live = sql`${rateLimits.expiresAt} > ${now}`;
    const [row] = await this.db
      .insert(rateLimits)
      .values({ key, count: n, firstAt: now, lastAt: now, expiresAt: now + windowMs })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          count: sql`case when ${live} then ${rateLimits.count} + ${n} else ${n} end`,
          firstAt: sql`case when ${live} then ${rateLimits.firstAt} else ${now} end`,
          lastAt: now,
          expiresAt: sql`case when ${live} then ${rateLimits.expiresAt} else ${now + windowMs} end`,
        },
      })
      .returning({ count: rateLimits.count, firstAt: rateLimits.firstAt, lastAt: rateLimits.lastAt });
    return row!;
  }

  async clear(key: string): Promise<void> {
    await this.db.delete(rateLimits).where(eq(rateLimits.key, key));
  }

  /** Deletes the rows whose window has passed. */
  async sweep(now: number): Promise<void> {
    await this.db.delete(rateLimits).where(lte(rateLimits.expiresAt, now));
  }
}
