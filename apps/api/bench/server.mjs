/**
 * The built server (dist/server.js) as a child process, configured the way an operator would run
 * it against PostgreSQL. Two of them on one database and secret are two instances of one deployment.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './postgres.mjs';

const START_TIMEOUT_MS = 120_000;

export const ADMIN = { email: 'bench-admin@example.test', password: 'bench-admin-password-1' };

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

/** `nodeArgs`: extra Node flags, e.g. `--cpu-prof` to profile the server (written when it stops). */
export async function startServer(apiRoot, { name, databaseUrl, secret, nodeArgs = [] }) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `tk-bench-${name}-`));
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    TK_DATA_DIR: dataDir,
    TK_SECRET: secret,
    TK_ADMIN_EMAIL: ADMIN.email,
    TK_ADMIN_PASSWORD: ADMIN.password,
    // Each benchmark connection is one user with one token: the default 600 requests per token
    // and minute would turn the run into a measurement of 429s.
    TK_TOKEN_RATE_LIMIT: '1000000',
    // One log line per request would measure the log, not the API.
    LOG_LEVEL: 'warn',
  };
  delete env.TK_DEMO;
  const child = spawn(process.execPath, [...nodeArgs, join(apiRoot, 'dist/server.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk) => {
    output = (output + chunk.toString('utf8')).slice(-100_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 15_000))]);
      if (!done) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(5_000) });
      await res.text();
      if (res.status === 200) return { name, baseUrl, pid: child.pid, stop, log: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`server ${name} did not become healthy:\n${output}`);
}
