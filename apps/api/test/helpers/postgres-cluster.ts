/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb + pg_ctl into a temp dir,
 * run as the unprivileged `postgres` user when we are root (PostgreSQL refuses to run as root).
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface Cluster {
  url: string;
  /** Stops the server and deletes the cluster. */
  stop(): void;
  /** Fault injection: shuts the server down (`pg_ctl stop -m fast`), keeping the data. Async: the caller's clients keep running. */
  halt(): Promise<void>;
  /** Starts a halted server again, on the same port with the same data. */
  resume(): Promise<void>;
}

function findBinDir(): string | null {
  const onPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  const candidates: string[] = [];
  if (existsSync('/usr/lib/postgresql')) {
    for (const v of readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  }
  for (const dir of candidates) if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  if (onPath) return onPath.replace(/\/pg_ctl$/, '');
  return null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a cluster, or returns null (with the reason) when no PostgreSQL binaries are installed. */
export async function startCluster(): Promise<{ cluster: Cluster | null; reason?: string }> {
  const bin = findBinDir();
  if (!bin) return { cluster: null, reason: 'no initdb/pg_ctl found (install the postgresql package)' };
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const full = join(bin, cmd);
    return asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' }) : execFileSync(full, args, { stdio: 'pipe' });
  };
  const dir = mkdtempSync(join(tmpdir(), 'tk-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale']);
  // Durability off: a test cluster trades crash safety for speed.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  const startArgs = ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', '-t', '60', 'start'];
  run('pg_ctl', startArgs);
  const runAsync = async (cmd: string, args: string[]) => {
    const full = join(bin, cmd);
    if (asRoot) await execFileAsync('runuser', ['-u', 'postgres', '--', full, ...args]);
    else await execFileAsync(full, args);
  };
  return {
    cluster: {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      halt: () => runAsync('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']),
      resume: () => runAsync('pg_ctl', startArgs),
      stop() {
        try {
          run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } catch {
          // already stopped
        }
        rmSync(dir, { recursive: true, force: true });
      },
    },
  };
}
