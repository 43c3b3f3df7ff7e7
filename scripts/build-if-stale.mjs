// Builds the web app and the API when their output is missing or older than their sources,
// so `pnpm start` works on a fresh clone and after a `git pull` alike.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

const targets = [
  {
    name: '@timekeeper/web',
    output: 'apps/web/dist/index.html',
    sources: [
      'apps/web/src',
      'apps/web/public',
      'apps/web/index.html',
      'apps/web/vite.config.ts',
      'apps/web/package.json',
      'packages/shared/src',
    ],
  },
  {
    name: '@timekeeper/api',
    output: 'apps/api/dist/server.js',
    sources: ['apps/api/src', 'apps/api/build.mjs', 'apps/api/package.json', 'packages/shared/src'],
  },
];

export function buildIfStale({ only } = {}) {
  for (const t of targets) {
    if (only && !only.includes(t.name)) continue;
    const out = join(root, t.output);
    const built = existsSync(out) ? statSync(out).mtimeMs : 0;
    const newest = Math.max(...t.sources.map((s) => newestMtime(join(root, s))));
    if (built > 0 && built >= newest) continue;
    console.log(`Building ${t.name} (${built === 0 ? 'not built yet' : 'sources changed'})…`);
    const res = spawnSync('pnpm', ['--filter', t.name, 'run', 'build'], { cwd: root, stdio: 'inherit' });
    if (res.status !== 0) {
      console.error(`Building ${t.name} failed.`);
      process.exit(res.status ?? 1);
    }
  }
}
