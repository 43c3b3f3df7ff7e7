/**
 * Test apps: `buildApp` on a fresh database of each kind. `describeEachDb` runs a suite once on
 * PGlite and once on PostgreSQL (skipped loudly when PostgreSQL is missing outside CI).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { describe } from 'vitest';
import { buildApp, type BuildOptions } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config/index.js';
import type { DbHandle, DbKind } from '../../src/db/client.js';
import { createTestDb, postgresAvailable } from './db.js';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-the-config-0123456789';

export function testConfig(env: Record<string, string> = {}): { config: Config; cleanup: () => void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'tk-test-'));
  const config = loadConfig({
    TK_DATA_DIR: dataDir,
    TK_SECRET: TEST_SECRET,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    TK_WEB_DIR: join(dataDir, 'no-web'),
    ...env,
  });
  return { config, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

export interface TestApp {
  app: FastifyInstance;
  db: DbHandle;
  close(): Promise<void>;
}

export async function createTestApp(kind: DbKind, opts: Partial<BuildOptions> & { env?: Record<string, string> } = {}): Promise<TestApp> {
  const { config, cleanup } = testConfig(opts.env);
  const db = opts.db ?? (await createTestDb(kind));
  try {
    const app = await buildApp({ config, db, logger: false, ...opts });
    return {
      app,
      db,
      async close() {
        await app.close();
        if (!opts.db) await db.close();
        cleanup();
      },
    };
  } catch (err) {
    if (!opts.db) await db.close();
    cleanup();
    throw err;
  }
}

/** Runs `fn` as a suite on every database kind. */
export function describeEachDb(name: string, fn: (kind: DbKind) => void): void {
  for (const kind of ['pglite', 'postgres'] as const) {
    const skip = kind === 'postgres' && !postgresAvailable();
    describe.skipIf(skip)(`${name} [${kind}]`, () => fn(kind));
  }
}
