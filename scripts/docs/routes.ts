/**
 * The API's route table, exactly as `GET /api/v1/info` publishes it, for generated documentation.
 *
 * Builds the whole application (the same `buildApp` the server uses, so every route and its
 * `config.access` is there) on a throwaway in-memory PGlite database, asks `/info`, and closes.
 * Nothing outside a temporary data directory is touched, and that directory is removed again.
 * Used by `scripts/docs/generate.ts` and by the drift tests in `tests/`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../apps/api/src/app.js';
import { loadConfig } from '../../apps/api/src/config/index.js';
import { createDb } from '../../apps/api/src/db/client.js';
import type { DocRoute } from './scope-reference.js';

interface InfoEndpoint {
  method: string;
  path: string;
  access: string;
  scope: string | null;
  permissions: string[];
  permission_mode: 'any' | 'all' | null;
  project: { see: string | null; action: string | null; note: string | null } | null;
}

/** Builds the whole API on a throwaway in-memory PGlite database, runs `use`, and tears it all down. */
async function withDocsApp<T>(use: (app: Awaited<ReturnType<typeof buildApp>>) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tk-docs-'));
  const db = await createDb({ kind: 'pglite' });
  try {
    // Only what a fresh install needs: no DATABASE_URL, no admin, no demo data from the caller's environment.
    const config = loadConfig({ TK_DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test', TK_WEB_DIR: join(dataDir, 'no-web') });
    const app = await buildApp({ config, db, logger: false });
    try {
      return await use(app);
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function getJson(app: Awaited<ReturnType<typeof buildApp>>, url: string): Promise<unknown> {
  const res = await app.inject({ method: 'GET', url });
  if (res.statusCode !== 200) throw new Error(`GET ${url} answered ${res.statusCode}: ${res.body}`);
  return res.json();
}

export async function loadRouteTable(): Promise<DocRoute[]> {
  return withDocsApp(async (app) => {
    const endpoints = ((await getJson(app, '/api/v1/info')) as { endpoints: InfoEndpoint[] }).endpoints;
    return endpoints.map((e) => ({
      method: e.method,
      path: e.path,
      scope: e.scope,
      access: e.access,
      permissions: e.permissions,
      permission_mode: e.permission_mode,
      project: e.project,
    }));
  });
}

/** The OpenAPI document exactly as `GET /api/openapi.json` serves it. */
export async function loadOpenApiDocument(): Promise<Record<string, unknown>> {
  return withDocsApp(async (app) => (await getJson(app, '/api/openapi.json')) as Record<string, unknown>);
}
