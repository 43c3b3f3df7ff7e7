/**
 * The embedded path: a server on PGlite (no DATABASE_URL), seeded like the PostgreSQL one.
 *
 * PGlite is one process's database, so the seed cannot run beside the server: a first server
 * creates the schema and the administrator, stops, the benchmark opens the same data directory
 * and seeds it with the same set-based SQL, closes it, and a second server opens it for the
 * scenarios. PGlite serves one query at a time, so its scenarios run on one connection.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { seed } from './seed.mjs';
import { ADMIN, startServer } from './server.mjs';

/** PGlite answers { rows, affectedRows }; the seed speaks node-postgres ({ rows, rowCount }). */
function asPgClient(db) {
  return {
    query: async (text, params) => {
      const res = await db.query(text, params);
      return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length };
    },
  };
}

/** Starts a seeded PGlite server; `stop()` stops it and deletes its data. */
export async function startSeededPglite(apiRoot, { secret, sizes, say }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tk-bench-pglite-'));
  const remove = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    const first = await startServer(apiRoot, { name: 'pglite-setup', databaseUrl: null, secret, dataDir });
    await first.stop();
    const db = await PGlite.create(join(dataDir, 'pglite'));
    const started = performance.now();
    let seeded;
    try {
      seeded = await seed(asPgClient(db), ADMIN.email, sizes);
      // The scenarios read what PostgreSQL's read: a vacuumed, analysed table.
      await db.query('VACUUM');
    } finally {
      await db.close();
    }
    const seedMs = performance.now() - started;
    for (const s of seeded.steps) say(`PGlite seed: ${s.label}: ${s.rows.toLocaleString('en')} rows in ${(s.ms / 1000).toFixed(1)} s`);
    const server = await startServer(apiRoot, { name: 'pglite', databaseUrl: null, secret, dataDir });
    return {
      ...server,
      seeded,
      seedMs,
      stop: async () => {
        await server.stop();
        remove();
      },
    };
  } catch (err) {
    remove();
    throw err;
  }
}
