/**
 * The built server (apps/api/dist/server.js) as a child process on a free loopback port, the way
 * an operator runs it (test/helpers/spawn-server.mjs). Its log (warnings and errors) is kept so a
 * failure can show it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { apiRoot } from '../../src/config/paths.js';
import { spawnServer } from '../../test/helpers/spawn-server.mjs';

const SERVER = join(apiRoot, 'dist/server.js');
const START_TIMEOUT_MS = 90_000;
const MAX_LOG_CHARS = 200_000;

export const ADMIN = { email: 'load-admin@example.test', password: 'Purple-Harbor-Lantern-Quartz-58' };

export interface ApiProcess {
  name: string;
  baseUrl: string;
  /** The process's output so far (JSON log lines at LOG_LEVEL=warn). */
  log(): string;
  /** The first few fatal/error log lines (shortened), and non-JSON output such as crash traces. */
  errors(limit?: number): string;
  /** null while running. */
  exitCode(): number | string | null;
  stop(): Promise<void>;
}

/** Instances of one deployment share the database and the secret. */
export function sharedSecret(): string {
  return randomBytes(32).toString('hex');
}

export async function startApi(name: string, databaseUrl: string, secret: string): Promise<ApiProcess> {
  if (!existsSync(SERVER))
    throw new Error(`${SERVER} is missing: run \`pnpm --filter @timekeeper/api build\` (pnpm test:load does it first)`);
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    TK_SECRET: secret,
    TK_ADMIN_EMAIL: ADMIN.email,
    TK_ADMIN_PASSWORD: ADMIN.password,
    // Every load client is a separate user with its own token; a per-token limit of 600/min
    // would turn a fast client's requests into 429s, which is not what this run measures.
    TK_TOKEN_RATE_LIMIT: '1000000',
    LOG_LEVEL: 'warn',
  };
  const server = await spawnServer({
    server: SERVER,
    name: `API ${name}`,
    env,
    tempPrefix: 'tk-load-api-',
    startTimeoutMs: START_TIMEOUT_MS,
    pollMs: 250,
    maxLogChars: MAX_LOG_CHARS,
  });
  return {
    name,
    baseUrl: server.baseUrl,
    log: server.log,
    errors: (limit = 5) => firstErrors(server.log(), limit),
    exitCode: server.exitCode,
    stop: server.stop,
  };
}

/** Errors outside a request first (a crash, a failed shutdown), then failed requests. */
function firstErrors(output: string, limit: number): string {
  const process: string[] = [];
  const requests: string[] = [];
  for (const line of output.split('\n')) {
    if (!line.trim()) continue;
    let entry: { level?: number; reqId?: string } = { level: 60 };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      // not a log line: a crash trace or console output, always of interest
    }
    if ((entry.level ?? 0) < 50) continue;
    (entry.reqId ? requests : process).push(line.slice(0, 1500));
  }
  return [...process, ...requests].slice(0, limit).join('\n') || '(no error lines)';
}
