/**
 * The built server (apps/api/dist/server.js) as a child process on a free loopback port, the way
 * an operator runs it. Its log (warnings and errors) is kept so a failure can show it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiRoot } from '../../src/config/paths.js';
import { freePort } from '../../test/helpers/postgres-cluster.js';

const SERVER = join(apiRoot, 'dist/server.js');
const START_TIMEOUT_MS = 90_000;
const MAX_LOG_CHARS = 200_000;

export const ADMIN = { email: 'load-admin@example.test', password: 'load-admin-password-1' };

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

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Instances of one deployment share the database and the secret. */
export function sharedSecret(): string {
  return randomBytes(32).toString('hex');
}

export async function startApi(name: string, databaseUrl: string, secret: string): Promise<ApiProcess> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`pnpm --filter @timekeeper/api build\` (pnpm test:load does it first)`);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'tk-load-api-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    TK_DATA_DIR: dataDir,
    TK_SECRET: secret,
    TK_ADMIN_EMAIL: ADMIN.email,
    TK_ADMIN_PASSWORD: ADMIN.password,
    // Every load client is a separate user with its own token; a per-token limit of 600/min
    // would turn a fast client's requests into 429s, which is not what this run measures.
    TK_TOKEN_RATE_LIMIT: '1000000',
    LOG_LEVEL: 'warn',
  };
  delete env.TK_DEMO;
  const child = spawn(process.execPath, [SERVER], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-MAX_LOG_CHARS);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 15_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`API ${name} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(5_000) });
      await res.text();
      if (res.status === 200) {
        return { name, baseUrl, log: () => output, errors: (limit = 5) => firstErrors(output, limit), exitCode: () => child.exitCode ?? child.signalCode, stop };
      }
      last = `health answered ${res.status}`;
    } catch (err) {
      last = String(err);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`API ${name} was not ready within ${START_TIMEOUT_MS / 1000} s (${last}):\n${output}`);
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
