#!/usr/bin/env node
// `pnpm start`: build what is missing or stale, then run the server (it migrates at start).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

buildIfStale();
const child = spawn(process.execPath, [join(root, 'apps/api/dist/server.js')], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
