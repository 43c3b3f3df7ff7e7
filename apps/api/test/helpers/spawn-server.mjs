/**
 * The built server (dist/server.js) as a child process on a free loopback port, started the way
 * an operator runs it, and ready once `GET /api/v1/health` answers 200. Plain JavaScript, so the
 * load tests (load/support/api-process.ts) and `node bench/run.mjs` share it without a loader;
 * each passes its own environment.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './pg-cluster.mjs';

function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts `server` with `env` on top of the parent's environment (TK_DEMO removed), plus PORT and a
 * fresh TK_DATA_DIR that `stop()` deletes (or `dataDir`, which is kept: a later server can reopen it). Throws with the server's output when it exits or is not
 * ready in time; `name` labels it in those messages.
 */
export async function spawnServer({
  server,
  name,
  env,
  nodeArgs = [],
  tempPrefix = 'tk-server-',
  startTimeoutMs = 90_000,
  pollMs = 250,
  maxLogChars = 200_000,
  dataDir: givenDataDir,
}) {
  const port = await freePort();
  const dataDir = givenDataDir ?? mkdtempSync(join(tmpdir(), tempPrefix));
  const childEnv = { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), TK_DATA_DIR: dataDir };
  delete childEnv.TK_DEMO;
  const child = spawn(process.execPath, [...nodeArgs, server], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk) => {
    output = (output + chunk.toString('utf8')).slice(-maxLogChars);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 15_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    if (givenDataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + startTimeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(5_000) });
      await res.text();
      if (res.status === 200) {
        return { name, baseUrl, pid: child.pid, log: () => output, exitCode: () => child.exitCode ?? child.signalCode, stop };
      }
      last = `health answered ${res.status}`;
    } catch (err) {
      last = String(err);
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
  await stop();
  throw new Error(`${name} was not ready within ${startTimeoutMs / 1000} s (${last}):\n${output}`);
}
