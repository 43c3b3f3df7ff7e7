#!/usr/bin/env node
// `pnpm start`: build what is missing or stale, then run the server (it migrates at start).
//
// The API is built first (esbuild, a second or two) and the server starts at once; a web app
// that needs building is built once the server answers (Vite, the slow part of a fresh clone, at
// a lower CPU priority so the two do not compete on a small machine), and the server is
// restarted once it is ready so that it serves the new build. Until then the API answers and
// the pages are the previous build's, or absent on a fresh clone (docs/reports/cold-start.md).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildTarget, buildTargetInBackground, root, staleTargets } from './build-if-stale.mjs';

for (const t of staleTargets({ only: ['@timekeeper/api'] })) buildTarget(t);

let child = null;
let stopping = false;
function startServer() {
  child = spawn(process.execPath, [join(root, 'apps/api/dist/server.js')], { stdio: 'inherit', env: process.env });
  child.on('exit', (code, signal) => {
    if (restarting) return;
    process.exit(code ?? (signal ? 1 : 0));
  });
}

let restarting = false;
/** Stops the server (it finishes its requests on SIGTERM) and starts it again on the new build. */
function restartServer() {
  if (stopping || child === null) return;
  restarting = true;
  child.once('exit', () => {
    restarting = false;
    if (!stopping) startServer();
  });
  child.kill('SIGTERM');
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    if (child) child.kill(signal);
    else process.exit(1);
  });
}

/** Resolves once the server answers its health check (or after a minute, whatever it says). */
async function serverAnswers() {
  const host = !process.env.HOST || process.env.HOST === '0.0.0.0' ? '127.0.0.1' : process.env.HOST;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${process.env.PORT || 3000}/api/v1/health`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.body?.cancel();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

const web = staleTargets({ only: ['@timekeeper/web'] });
startServer();
if (web.length > 0) {
  await serverAnswers();
  for (const t of web) {
    if (stopping) break;
    if (await buildTargetInBackground(t, { lowPriority: true })) {
      console.log(`${t.name} is built: restarting the server to serve it…`);
      restartServer();
    }
  }
}
