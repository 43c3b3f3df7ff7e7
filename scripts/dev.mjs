#!/usr/bin/env node
// `pnpm dev`: the API (rebuilt and restarted on change) on :3000 and the Vite dev server on :5173,
// which proxies /api to the API.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

buildIfStale({ only: ['@timekeeper/api'] });
let api = null;
function startApi() {
  api = spawn(process.execPath, [join(root, 'apps/api/dist/server.js')], {
    stdio: 'inherit',
    env: { ...process.env, TK_WEB_DIR: join(root, 'apps/web/no-dist-in-dev') },
  });
}
startApi();
let timer = null;
for (const dir of ['apps/api/src', 'packages/shared/src']) {
  watch(join(root, dir), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      api?.kill('SIGTERM');
      buildIfStale({ only: ['@timekeeper/api'] });
      startApi();
    }, 300);
  });
}
const web = spawn('pnpm', ['--filter', '@timekeeper/web', 'run', 'dev'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    api?.kill(signal);
    web.kill(signal);
    process.exit(0);
  });
}
