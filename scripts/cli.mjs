#!/usr/bin/env node
// `pnpm cli <command>`: the administration CLI (built on demand).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

buildIfStale({ only: ['@timekeeper/api'] });
const child = spawn(process.execPath, [join(root, 'apps/api/dist/cli.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
});
child.on('exit', (code) => process.exit(code ?? 1));
