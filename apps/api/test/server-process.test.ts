/**
 * The built server as a process: configuration errors exit with 78 and a clear message; the
 * embedded database lives in TK_DATA_DIR and a second start reuses it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiRoot } from '../src/config/paths.js';
import { freePort } from './helpers/postgres-cluster.js';

const server = join(apiRoot, 'dist/server.js');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function ensureBuilt() {
  if (!existsSync(server)) throw new Error(`${server} is missing: run \`pnpm build\` (pnpm test does it first)`);
}

async function startAndProbe(env: Record<string, string>): Promise<{ health: number; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const base = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + 60_000;
  let health = 0;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}): ${stderr}`);
    try {
      health = (await fetch(`${base}/api/v1/health`)).status;
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    health,
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

describe('the server process', () => {
  it('exits with code 78 and names the variable on a bad configuration value', () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'tk-proc-'));
    dirs.push(dir);
    const res = spawnSync(process.execPath, [server], {
      env: { ...process.env, TK_DATA_DIR: dir, PORT: 'eighty' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(res.status).toBe(78);
    expect(res.stderr).toContain('Invalid configuration: PORT must be a whole number');
  });

  it('keeps the embedded database in TK_DATA_DIR, reuses it on the next start, and shuts down cleanly', async () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'tk-proc-'));
    dirs.push(dir);
    const env = { TK_DATA_DIR: dir, PORT: String(await freePort()) };
    const first = await startAndProbe(env);
    expect(first.health).toBe(200);
    expect(await first.stop()).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['pglite', 'secret']);
    expect(existsSync(join(dir, 'pglite', 'PG_VERSION'))).toBe(true);

    const second = await startAndProbe({ ...env, PORT: String(await freePort()) });
    expect(second.health).toBe(200);
    expect(await second.stop()).toBe(0);
  }, 120_000);
});
