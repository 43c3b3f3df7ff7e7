/**
 * Starts the BUILT app (apps/api/dist/server.js serving apps/web/dist) as a child process on a
 * free port with a fresh embedded database, the way a user runs it. `demo: true` seeds the demo
 * organisation into that fresh database (see apps/api/src/demo/demo-org.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiServerEntry, repoRoot, webIndexHtml } from './paths';

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;
/** Seeding the demo organisation (three months of entries) takes a while on a busy machine. */
const DEMO_STARTUP_TIMEOUT_MS = 100_000;
const POLL_INTERVAL_MS = 250;
const STOP_GRACE_MS = 10_000;
const MAX_LOG_CHARS = 20_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('could not pick a free port'))));
    });
  });
}

function assertBuilt(): void {
  const missing = [apiServerEntry, webIndexHtml].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(`The browser tests need the built app, but ${missing.join(' and ')} is missing. Run \`pnpm build\` first.`);
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  if (!(await waitForExit(child, STOP_GRACE_MS))) {
    child.kill('SIGKILL');
    await waitForExit(child, STOP_GRACE_MS);
  }
}

export interface StartServerOptions {
  /** Seed the demo organisation (TK_DEMO=1) into the fresh data dir. */
  demo?: boolean;
  /** Extra environment for the server process (applied last). */
  env?: Record<string, string>;
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  assertBuilt();
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'tk-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    TK_DATA_DIR: dataDir,
    TK_SECRET: randomBytes(24).toString('hex'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
  };
  // Always a fresh embedded database: never the developer's PostgreSQL or demo/admin seeding.
  for (const name of ['DATABASE_URL', 'TK_ADMIN_EMAIL', 'TK_ADMIN_PASSWORD', 'TK_DEMO']) delete env[name];
  if (options.demo) env.TK_DEMO = '1';
  Object.assign(env, options.env);

  const child = spawn(process.execPath, [apiServerEntry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-MAX_LOG_CHARS);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let spawnError: Error | null = null;
  child.once('error', (error) => {
    spawnError = error;
  });

  const stop = async () => {
    await kill(child);
    await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
  };

  const timeoutMs = options.demo ? DEMO_STARTUP_TIMEOUT_MS : STARTUP_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (spawnError || child.exitCode !== null || child.signalCode !== null) {
      await stop();
      const reason = spawnError ? `failed to start: ${String(spawnError)}` : `exited with ${child.exitCode ?? child.signalCode}`;
      throw new Error(`The API server ${reason} before becoming healthy.\n--- server output ---\n${output}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return { baseUrl, stop };
      lastProblem = `GET /api/v1/health answered ${response.status}`;
    } catch (error) {
      lastProblem = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  await stop();
  throw new Error(`The API server did not become healthy within ${timeoutMs / 1000} s (${lastProblem}).\n--- server output ---\n${output}`);
}
