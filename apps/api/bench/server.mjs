/**
 * The built server (dist/server.js) as a child process (test/helpers/spawn-server.mjs), configured
 * the way an operator would run it against PostgreSQL. Two of them on one database and secret are
 * two instances of one deployment.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnServer } from '../test/helpers/spawn-server.mjs';

const START_TIMEOUT_MS = 120_000;

export const ADMIN = { email: 'bench-admin@example.test', password: 'Correct-Horse-Battery-Staple-41' };

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (/\.(ts|json)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/server.js is missing or older than the sources it is bundled from. */
export function distIsStale(apiRoot) {
  const server = join(apiRoot, 'dist/server.js');
  if (!existsSync(server)) return true;
  const built = statSync(server).mtimeMs;
  const sources = [join(apiRoot, 'src'), join(apiRoot, '../../packages/shared/src')];
  return sources.some((dir) => existsSync(dir) && newestMtime(dir) > built);
}

/**
 * `nodeArgs`: extra Node flags, e.g. `--cpu-prof` to profile the server (written when it stops);
 * `env`: settings on top of the ones below (e.g. TK_WORKERS); `databaseUrl` null: the embedded
 * PGlite database in `dataDir` (kept when the server stops, so another can reopen it).
 */
export async function startServer(apiRoot, { name, databaseUrl, secret, nodeArgs = [], env: extra = {}, dataDir }) {
  const env = {
    NODE_ENV: 'production',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    TK_SECRET: secret,
    TK_ADMIN_EMAIL: ADMIN.email,
    TK_ADMIN_PASSWORD: ADMIN.password,
    // Each benchmark connection is one user with one token: the default 600 requests per token
    // and minute would turn the run into a measurement of 429s.
    TK_TOKEN_RATE_LIMIT: '1000000',
    // One log line per request would measure the log, not the API.
    LOG_LEVEL: 'warn',
    ...extra,
  };
  const server = await spawnServer({
    server: join(apiRoot, 'dist/server.js'),
    name: `server ${name}`,
    env,
    nodeArgs,
    tempPrefix: `tk-bench-${name}-`,
    startTimeoutMs: START_TIMEOUT_MS,
    pollMs: 200,
    maxLogChars: 100_000,
    dataDir,
  });
  return { name, baseUrl: server.baseUrl, pid: server.pid, stop: server.stop, log: server.log };
}
