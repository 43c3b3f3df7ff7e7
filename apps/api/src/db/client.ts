/**
 * One database entry point: PostgreSQL through `pg` when DATABASE_URL is set, otherwise an
 * embedded PGlite database in the data dir. Both run the same drizzle migrations.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { trackCommits } from './after-commit.js';
import { PgListener, type ListenHandlers, type ListenOptions, type Subscription } from './listener.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DbKind = 'pglite' | 'postgres';

export interface DbHandle {
  readonly db: Db;
  readonly kind: DbKind;
  /** Applies pending migrations (serialised across instances on PostgreSQL). */
  migrate(migrationsDir: string): Promise<void>;
  /**
   * Runs `fn` while holding the advisory lock `key`, so that several processes on one PostgreSQL
   * database take turns (start-up tasks). The lock is held on a connection of its own, so `fn` may
   * use the pool freely. PGlite is one process: `fn` just runs.
   */
  exclusive<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /** Cheap liveness check; throws when the database does not answer. */
  ping(): Promise<void>;
  /**
   * Delivers each NOTIFY on `channel`. PostgreSQL: on a dedicated connection, reconnected with
   * backoff when lost (./listener.ts). PGlite: on its one connection, which cannot be lost, and
   * before the notifying statement's promise settles.
   */
  listen(channel: string, handlers: ListenHandlers, options?: ListenOptions): Promise<Subscription>;
  close(): Promise<void>;
}

export type DbOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** `dataDir` undefined: in-memory. `loadDataDir`: start from a dump (tests reuse a migrated snapshot). */
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob | File };

/** Arbitrary but fixed key for the migration advisory lock. */
const MIGRATION_LOCK_KEY = 727_001;

export async function createDb(options: DbOptions): Promise<DbHandle> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // A client losing its connection (e.g. PostgreSQL restarts) must not crash the process. The
    // pool listens only on idle clients; a checked-out one — a transaction waiting on a lock or
    // between statements — emits its 'error' with no listener, which would end the process. Its
    // pending query fails on its own (the request gets a 5xx) and the pool discards the dead
    // client on release, so the listener only has to exist.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = trackCommits(drizzlePg(pool, { schema }) as unknown as Db);
    const exclusive: DbHandle['exclusive'] = async (key, fn) => {
      const client = new pg.Client({ connectionString: options.url, application_name: 'timekeeper-lock' });
      client.on('error', () => {});
      await client.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [key]);
        return await fn();
      } finally {
        // Ending the session releases the lock even when the unlock cannot be sent.
        await client.end().catch(() => {});
      }
    };
    return {
      db,
      kind: 'postgres',
      // Instances starting together take turns: the first applies the migrations, the others find none pending.
      migrate: (migrationsDir) =>
        exclusive(MIGRATION_LOCK_KEY, () => migratePg(drizzlePg(pool, { schema }), { migrationsFolder: migrationsDir })),
      exclusive,
      async ping() {
        await pool.query('SELECT 1');
      },
      async listen(channel, handlers, listenOptions) {
        const listener = new PgListener(options.url, channel, handlers, listenOptions);
        await listener.start();
        return listener;
      },
      async close() {
        await pool.end();
      },
    };
  }

  let dataDir: string | undefined;
  if (options.dataDir !== undefined) {
    dataDir = join(options.dataDir, 'pglite');
    mkdirSync(dataDir, { recursive: true });
  }
  const client = await PGlite.create(dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  const db = trackCommits(drizzlePglite(client, { schema }) as unknown as Db);
  return {
    db,
    kind: 'pglite',
    async migrate(migrationsDir) {
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: migrationsDir });
    },
    exclusive: (_key, fn) => fn(),
    async ping() {
      await db.execute(sql`SELECT 1`);
    },
    async listen(channel, handlers) {
      const unlisten = await client.listen(channel, (payload) => handlers.notify(payload));
      await handlers.up();
      return { live: true, close: unlisten };
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}

export { schema };
