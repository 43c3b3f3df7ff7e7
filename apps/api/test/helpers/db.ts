/**
 * Fresh, migrated databases for tests: an in-memory PGlite restored from a migrated snapshot
 * (initialising PGlite from scratch is slow), or a new database on the test PostgreSQL cluster.
 */
import { randomBytes } from 'node:crypto';
import { type PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { apiRoot } from '../../src/config/paths.js';
import { createDb, type DbHandle, type DbKind } from '../../src/db/client.js';
import { join } from 'node:path';

export const migrationsDir = join(apiRoot, 'drizzle');

let snapshot: Promise<Blob | File> | null = null;

function pgliteSnapshot(): Promise<Blob | File> {
  snapshot ??= (async () => {
    const handle = await createDb({ kind: 'pglite' });
    await handle.migrate(migrationsDir);
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir('none');
    await handle.close();
    return dump;
  })();
  return snapshot;
}

export function postgresAvailable(): boolean {
  return inject('pgAdminUrl') !== null;
}

export function availableDbKinds(): DbKind[] {
  return postgresAvailable() ? ['pglite', 'postgres'] : ['pglite'];
}

/** A new database on the test PostgreSQL cluster, not migrated, and how to drop it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  if (!adminUrl) throw new Error('PostgreSQL is not available for tests');
  const name = `tk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: adminUrl.replace(/\/[^/]*$/, `/${name}`),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A new, migrated, empty database of the given kind. `close()` also drops it on PostgreSQL. */
export async function createTestDb(kind: DbKind): Promise<DbHandle & { url?: string }> {
  if (kind === 'pglite') return createDb({ kind: 'pglite', loadDataDir: await pgliteSnapshot() });
  const database = await createPostgresDatabase();
  const handle = await createDb({ kind: 'postgres', url: database.url, poolSize: 5 });
  await handle.migrate(migrationsDir);
  return {
    ...handle,
    url: database.url,
    async close() {
      await handle.close();
      await database.drop();
    },
  };
}
