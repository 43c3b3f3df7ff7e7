/**
 * A throwaway PostgreSQL cluster: initdb + pg_ctl into a temp dir, run as the unprivileged
 * `postgres` user when we are root (PostgreSQL refuses to run as root). Plain JavaScript, so the
 * tests (test/helpers/postgres-cluster.ts), the load tests and `node bench/run.mjs` share it
 * without a loader; each passes its own server settings.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The folder holding initdb and pg_ctl: the newest /usr/lib/postgresql/<v>/bin, else PATH; null if none. */
export function findPostgresBin() {
  if (existsSync('/usr/lib/postgresql')) {
    for (const v of readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))) {
      const dir = `/usr/lib/postgresql/${v}/bin`;
      if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
    }
  }
  const onPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  return onPath ? onPath.replace(/\/pg_ctl$/, '') : null;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

/**
 * Starts a cluster with the given `-c` settings (listen_addresses is always 127.0.0.1); throws
 * when no PostgreSQL binaries are installed.
 */
export async function startPostgresCluster({ settings = {}, tempPrefix = 'tk-pg-' } = {}) {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found: install the postgresql package');
  const asRoot = process.getuid?.() === 0;
  const run = (cmd, args) => {
    const full = join(bin, cmd);
    return asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' })
      : execFileSync(full, args, { stdio: 'pipe' });
  };
  const runAsync = async (cmd, args) => {
    const full = join(bin, cmd);
    if (asRoot) await execFileAsync('runuser', ['-u', 'postgres', '--', full, ...args]);
    else await execFileAsync(full, args);
  };
  const dir = mkdtempSync(join(tmpdir(), tempPrefix));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale']);
  const options = [`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`)].join(
    ' ',
  );
  const startArgs = ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', '-t', '60', 'start'];
  run('pg_ctl', startArgs);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** `postgres --version` of the binaries used. */
    version: () => run('postgres', ['--version']).toString().trim(),
    /** The postmaster's pid (its backends are its children). */
    postmasterPid: () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]),
    /** Fault injection: shuts the server down (`pg_ctl stop -m fast`), keeping the data. */
    halt: () => runAsync('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']),
    /** Starts a halted server again, on the same port with the same data. */
    resume: () => runAsync('pg_ctl', startArgs),
    /** Stops the server and deletes the cluster. */
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
