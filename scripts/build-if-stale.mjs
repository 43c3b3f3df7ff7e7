// Builds the web app and the API when their output is missing or older than their sources,
// so `pnpm start` works on a fresh clone and after a `git pull` alike.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { setPriority } from 'node:os';
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
    cwd: 'apps/web',
    command: ['node', ['node_modules/vite/bin/vite.js', 'build']],
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
    cwd: 'apps/api',
    command: ['node', ['build.mjs']],
    output: 'apps/api/dist/server.js',
    sources: ['apps/api/src', 'apps/api/build.mjs', 'apps/api/package.json', 'packages/shared/src'],
  },
];

/** Why `t` needs a build ('not built yet', 'sources changed'), or null when its output is current. */
function staleness(t) {
  const out = join(root, t.output);
  const built = existsSync(out) ? statSync(out).mtimeMs : 0;
  const newest = Math.max(...t.sources.map((s) => newestMtime(join(root, s))));
  if (built > 0 && built >= newest) return null;
  return built === 0 ? 'not built yet' : 'sources changed';
}

/** The targets (of `only`, or all) whose output is missing or older than their sources. */
export function staleTargets({ only } = {}) {
  return targets.filter((t) => (!only || only.includes(t.name)) && staleness(t) !== null).map((t) => ({ ...t, reason: staleness(t) }));
}

// The build script's own command line (what `pnpm --filter <name> run build` runs), without
// pnpm's start-up in front of it: a second or two on a busy machine.
function commandOf(t) {
  const [cmd, args] = t.command;
  return { cmd: cmd === 'node' ? process.execPath : cmd, args, options: { cwd: join(root, t.cwd), stdio: 'inherit' } };
}

/** Builds `t` and waits; exits the process when the build fails. */
export function buildTarget(t) {
  console.log(`Building ${t.name} (${t.reason})…`);
  const { cmd, args, options } = commandOf(t);
  const res = spawnSync(cmd, args, options);
  if (res.status !== 0) {
    console.error(`Building ${t.name} failed.`);
    process.exit(res.status ?? 1);
  }
}

/** Builds `t` in the background (`lowPriority`: niced, behind the server); resolves true when it succeeded. */
export function buildTargetInBackground(t, { lowPriority = false } = {}) {
  console.log(`Building ${t.name} (${t.reason}) in the background…`);
  const { cmd, args, options } = commandOf(t);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, options);
    if (lowPriority && child.pid !== undefined) {
      try {
        setPriority(child.pid, 10); // its worker threads inherit it
      } catch {
        // not allowed here: build at normal priority
      }
    }
    child.on('error', () => resolve(false));
    child.on('exit', (code) => {
      if (code !== 0) console.error(`Building ${t.name} failed.`);
      resolve(code === 0);
    });
  });
}

export function buildIfStale({ only } = {}) {
  for (const t of staleTargets({ only })) buildTarget(t);
}
