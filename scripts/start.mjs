#!/usr/bin/env node
// `pnpm start`: build what is missing or stale, then run the server (it migrates at start).
//
// The API is built first (esbuild, a second or two) and the server starts at once; a web app
// that needs building is built meanwhile (Vite, the slow part of a fresh clone), and the server
// is restarted once it is ready so that it serves the new build. Until then the API answers and
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

const web = staleTargets({ only: ['@timekeeper/web'] });
startServer();
for (const t of web) {
  void buildTargetInBackground(t).then((ok) => {
    if (ok) {
      console.log(`${t.name} is built: restarting the server to serve it…`);
      restartServer();
    }
  });
}
