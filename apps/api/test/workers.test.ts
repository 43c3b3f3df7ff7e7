/**
 * The built server with TK_WORKERS=2 on PostgreSQL (docs/admin/deployment): two processes share
 * the port, and what one of them changes holds on the other's next request; start-up tasks run
 * once; a killed worker is replaced while the other answers; SIGTERM lets in-flight requests
 * finish. Responses name the process that answered (TK_WORKER_HEADER, a diagnostic setting), and
 * every request goes over a new connection, which the cluster hands to the next worker in turn.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restartDelay } from '../src/cluster.js';
import { apiRoot } from '../src/config/paths.js';
import { DEMO_CLIENTS, DEMO_USERS } from '../src/demo/demo-org.js';
import { AUTHZ_CHANNEL } from '../src/kernel/auth/authz-cache.js';
import { AUTHZ_PROPAGATION_MS } from './helpers/authz.js';
import { createPostgresDatabase, postgresAvailable } from './helpers/db.js';
import { freePort } from './helpers/postgres-cluster.js';

const server = join(apiRoot, 'dist/server.js');
const ADMIN = { email: 'first-admin@example.test', password: 'Correct-Horse-Battery-Staple-41' };
const STRONG = 'marble falcon upstream 83 quiet';

interface Reply {
  status: number;
  worker: string;
  /** Parsed JSON: the answers of several routes. */
  body: ReturnType<typeof JSON.parse>;
  headers: Record<string, string | string[] | undefined>;
}

interface Session {
  cookie: string;
  csrf: string;
}

/** One request on a connection of its own (no keep-alive), so the cluster picks its worker. */
function call(port: number, method: string, path: string, opts: { headers?: Record<string, string>; body?: unknown } = {}): Promise<Reply> {
  const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path: `/api/v1${path}`,
        agent: false,
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...opts.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            worker: String(res.headers['x-timekeeper-worker']),
            body: text ? JSON.parse(text) : null,
            headers: res.headers,
          }),
        );
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error(`${method} ${path}: no answer within 15 s`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Requests until one is answered by a worker `accept` likes; returns that answer. */
async function through(accept: (worker: string) => boolean, send: () => Promise<Reply>): Promise<Reply> {
  for (let i = 0; i < 40; i++) {
    const res = await send();
    if (accept(res.worker)) return res;
  }
  throw new Error('no answer from the wanted worker after 40 requests');
}

class Cluster {
  output = '';
  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    private readonly dataDir: string,
  ) {
    child.stdout!.on('data', (d) => (this.output += d));
    child.stderr!.on('data', (d) => (this.output += d));
  }

  /** `databaseUrl` null: the embedded database. */
  static async start(databaseUrl: string | null): Promise<Cluster> {
    if (!existsSync(server)) throw new Error(`${server} is missing: run \`pnpm build\` (pnpm test does it first)`);
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'tk-workers-'));
    const child = spawn(process.execPath, [server], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: databaseUrl ?? '',
        TK_DATA_DIR: dataDir,
        TK_SECRET: randomBytes(32).toString('hex'),
        TK_WORKERS: '2',
        TK_WORKER_HEADER: '1',
        TK_ADMIN_EMAIL: ADMIN.email,
        TK_ADMIN_PASSWORD: ADMIN.password,
        TK_DEMO: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new Cluster(child, port, dataDir);
  }

  /** Waits until `count` distinct workers have answered /health; returns their pids. */
  async workers(count: number, timeoutMs = 90_000, exclude: string[] = []): Promise<string[]> {
    const seen = new Set<string>();
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`the server exited (${this.child.exitCode}):\n${this.output}`);
      try {
        const res = await call(this.port, 'GET', '/health');
        if (res.status === 200 && !exclude.includes(res.worker)) seen.add(res.worker);
        if (seen.size >= count) return [...seen];
      } catch {
        await sleep(200);
      }
    }
    throw new Error(`only ${seen.size} of ${count} workers answered in time:\n${this.output}`);
  }

  exited(): Promise<number | null> {
    if (this.child.exitCode !== null) return Promise.resolve(this.child.exitCode);
    return new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      this.child.kill('SIGTERM');
      await Promise.race([this.exited(), sleep(20_000)]);
      if (this.child.exitCode === null) this.child.kill('SIGKILL');
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/**
 * The authorization notifications, heard on a connection of the test's own. Workers of other
 * processes learn of a change by this notification (docs/development/authorization.md, "The
 * authorization cache"), within 1 s; the tests send their next request once it has been sent.
 */
class Announcements {
  private heard = 0;
  private constructor(private readonly db: pg.Client) {
    db.on('notification', (msg) => {
      if (msg.channel === AUTHZ_CHANNEL) this.heard++;
    });
  }

  static async on(db: pg.Client): Promise<Announcements> {
    await db.query(`LISTEN ${AUTHZ_CHANNEL}`);
    return new Announcements(db);
  }

  /** Runs `change`, then waits for its notification (at most the 1 s the contract allows). */
  async change<T>(change: () => Promise<T>): Promise<T> {
    const before = this.heard;
    const result = await change();
    const deadline = Date.now() + AUTHZ_PROPAGATION_MS;
    while (this.heard === before) {
      if (Date.now() > deadline) throw new Error(`no ${AUTHZ_CHANNEL} notification within ${AUTHZ_PROPAGATION_MS} ms of the change`);
      await sleep(1);
    }
    return result;
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// Each test makes a few dozen requests through processes sharing a loaded two-core machine.
describe.skipIf(!postgresAvailable())('two workers on one port (TK_WORKERS=2, PostgreSQL)', { timeout: 60_000 }, () => {
  let cluster: Cluster;
  let db: pg.Client;
  let dropDatabase: () => Promise<void>;
  let pids: string[];
  let announcements: Announcements;

  beforeAll(async () => {
    // An empty database: the workers race to migrate it, to create the admin and the demo.
    const database = await createPostgresDatabase();
    dropDatabase = database.drop;
    const url = database.url;
    cluster = await Cluster.start(url);
    pids = await cluster.workers(2);
    db = new pg.Client({ connectionString: url });
    await db.connect();
    announcements = await Announcements.on(db);
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
    await db?.end();
    await dropDatabase?.();
  });

  const get = (path: string, headers: Record<string, string>) => () => call(cluster.port, 'GET', path, { headers });
  const write = (s: Session, method: string, path: string, body?: unknown) => () =>
    call(cluster.port, method, path, { headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, body });
  const signIn = async (email: string, password: string): Promise<Session> => {
    const res = await call(cluster.port, 'POST', '/auth/login', { body: { email, password } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { cookie: String(res.headers['set-cookie']).split(';')[0]!, csrf: res.body.csrf_token };
  };
  const other = (worker: string) => (w: string) => w !== worker && pids.includes(w);

  it('serves from two processes other than the primary', () => {
    expect(pids).toHaveLength(2);
    expect(pids).not.toContain(String(cluster.child.pid));
  });

  it('creates the first admin and the demo organisation once, and prints the demo logins once', async () => {
    const count = async (q: string, params: unknown[] = []) => (await db.query(q, params)).rows[0].n as number;
    expect(await count('SELECT count(*)::int AS n FROM users WHERE email = $1', [ADMIN.email])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM users WHERE email LIKE '%@demo.timekeeper.test'`)).toBe(DEMO_USERS.length);
    // Client names are not unique: a second seeding would have doubled them.
    expect(await count('SELECT count(*)::int AS n FROM clients')).toBe(DEMO_CLIENTS.length);
    expect(await count(`SELECT count(*)::int AS n FROM audit_logs WHERE action = 'user.create'`)).toBe(1 + DEMO_USERS.length);
    const lines = cluster.output.split('\n');
    expect(lines.filter((l) => l.includes('created the super admin from TK_ADMIN_EMAIL'))).toHaveLength(1);
    const seeded = lines.filter((l) => l.includes('demo organisation created'));
    expect(seeded).toHaveLength(1);
    expect(await count('SELECT count(*)::int AS n FROM time_entries')).toBe(JSON.parse(seeded[0]!).demo.timeEntries);
    expect(lines.filter((l) => l.startsWith('Demo logins'))).toHaveLength(1);
    // Neither worker tripped over the other's start-up (a duplicate role or user would have killed it).
    expect(cluster.output).not.toMatch(/failed to start|stopped unexpectedly/);
  });

  it('a token revoked through one worker is refused on the next request through the other', async () => {
    const admin = await signIn(ADMIN.email, ADMIN.password);
    const created = await call(cluster.port, 'POST', '/api-tokens', {
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      body: { name: 'across workers', scopes: ['read:users'], expires_in_days: 30 },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const bearer = { authorization: `Bearer ${created.body.token}` };
    // Both workers know the token (and have it cached).
    for (const pid of pids) expect((await through((w) => w === pid, get('/users/me', bearer))).status).toBe(200);

    const revoked = await announcements.change(write(admin, 'DELETE', `/api-tokens/${created.body.id}`));
    expect(revoked.status).toBe(204);
    const next = await through(other(revoked.worker), get('/users/me', bearer));
    expect(next.status).toBe(401);
    expect(next.body.message).toMatch(/revoked/);
  });

  it('signing out everywhere through one worker ends the other sessions on the next request through the other', async () => {
    const laptop = await signIn('user@demo.timekeeper.test', 'timekeeper-demo');
    const phone = await signIn('user@demo.timekeeper.test', 'timekeeper-demo');
    for (const pid of pids) expect((await through((w) => w === pid, get('/users/me', { cookie: phone.cookie }))).status).toBe(200);
    const out = await announcements.change(write(laptop, 'POST', '/auth/logout-everywhere', { keep_current: true }));
    expect(out.status, JSON.stringify(out.body)).toBe(200);
    expect(out.body.ended).toBeGreaterThanOrEqual(1);
    expect((await through(other(out.worker), get('/users/me', { cookie: phone.cookie }))).status).toBe(401);
    expect((await through(other(out.worker), get('/users/me', { cookie: laptop.cookie }))).status).toBe(200);
  });

  it('a role taken away through one worker is refused on the next request through the other', async () => {
    const admin = await signIn(ADMIN.email, ADMIN.password);
    const email = `clerk-${randomBytes(4).toString('hex')}@example.test`;
    const created = await write(admin, 'POST', '/users', { email, name: 'Clerk', password: STRONG, roles: [{ role: 'admin' }] })();
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const clerk = await signIn(email, STRONG);
    for (const pid of pids) expect((await through((w) => w === pid, get('/users', { cookie: clerk.cookie }))).status).toBe(200);

    const changed = await announcements.change(write(admin, 'PUT', `/users/${created.body.id}/roles`, { roles: [{ role: 'user' }] }));
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const next = await through(other(changed.worker), get('/users', { cookie: clerk.cookie }));
    expect(next.status).toBe(403);
    expect(next.body.required_permission).toBe('view_users');

    // And given back: the other worker lets the next request through.
    const back = await announcements.change(write(admin, 'PUT', `/users/${created.body.id}/roles`, { roles: [{ role: 'admin' }] }));
    expect(back.status).toBe(200);
    expect((await through(other(back.worker), get('/users', { cookie: clerk.cookie }))).status).toBe(200);
  });

  it('a killed worker is replaced while the other keeps answering', async () => {
    const [victim, survivor] = pids as [string, string];
    process.kill(Number(victim), 'SIGKILL');
    // The victim's own connections die with it; once the primary knows, none is lost: until the
    // replacement listens, every connection goes to the survivor.
    const noticed = Date.now() + 30_000;
    while (!cluster.output.includes('a worker stopped unexpectedly') && Date.now() < noticed) await sleep(20);
    expect(cluster.output).toContain('a worker stopped unexpectedly; starting a replacement');
    let replacement: string | undefined;
    const deadline = Date.now() + 90_000;
    while (!replacement && Date.now() < deadline) {
      const res = await call(cluster.port, 'GET', '/health');
      expect(res.status).toBe(200);
      expect(res.worker).not.toBe(victim);
      if (res.worker !== survivor) replacement = res.worker;
      else await sleep(50);
    }
    expect(replacement, cluster.output).toBeDefined();
    expect(alive(Number(victim))).toBe(false);
    pids = [survivor, replacement!];
  }, 120_000);

  it('SIGTERM lets an in-flight request finish, stops the workers and exits 0', async () => {
    // A sign-in whose body arrives in two parts, the second after SIGTERM: still answered.
    const body = JSON.stringify({ email: ADMIN.email, password: ADMIN.password });
    const answered = new Promise<{ status: number; worker: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: cluster.port,
          method: 'POST',
          path: '/api/v1/auth/login',
          agent: false,
          headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, worker: String(res.headers['x-timekeeper-worker']) }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        cluster.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 1_000);
      }, 300);
    });
    const res = await answered;
    expect(res.status).toBe(200);
    expect(pids).toContain(res.worker);
    expect(await cluster.exited()).toBe(0);
    for (const pid of pids) expect(alive(Number(pid))).toBe(false);
    expect(cluster.output).toContain('every worker has stopped');
  }, 60_000);
});

describe('the embedded database with TK_WORKERS=2', () => {
  it('stays one process and says so at start', async () => {
    const cluster = await Cluster.start(null);
    try {
      const pids = await cluster.workers(1);
      expect(pids).toEqual([String(cluster.child.pid)]);
      expect(cluster.output).toContain('TK_WORKERS asks for 2 workers, but the embedded database runs in one process');
      for (let i = 0; i < 4; i++) expect((await call(cluster.port, 'GET', '/health')).worker).toBe(String(cluster.child.pid));
    } finally {
      await cluster.stop();
    }
    expect(cluster.child.exitCode).toBe(0);
  }, 120_000);
});

describe('replacing workers', () => {
  it('waits longer after each death within a minute, up to 10 s', () => {
    expect([1, 2, 3, 4, 5].map(restartDelay)).toEqual([100, 200, 400, 800, 1600]);
    expect(restartDelay(12)).toBe(10_000);
  });
});
