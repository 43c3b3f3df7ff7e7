/**
 * Two API processes on one PostgreSQL, under traffic on both: a token revoked through A, and a
 * role taken away through A, are enforced by B within a second.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedSecret, startApi, type ApiProcess } from './support/api-process.js';
import { provisionDatabase, type LoadDatabase } from './support/database.js';
import { countAndCompare, describeCount } from './support/db-checks.js';
import { Recorder, type Outcome } from './support/http.js';
import { createUser, must, seed, type Seeded } from './support/seed.js';
import { Ledger, runWorkload } from './support/workload.js';

const CLIENTS = 10;
const LIMIT_MS = 1_000;
const POLL_MS = 50;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let db: LoadDatabase;
let a: ApiProcess;
let b: ApiProcess;
let data: Seeded;
/** What the load clients were told, over both checks: the database is compared with all of it. */
const ledger = new Ledger();

beforeAll(async () => {
  db = await provisionDatabase();
  const secret = sharedSecret();
  a = await startApi('A', db.url, secret);
  b = await startApi('B', db.url, secret);
  data = await seed(a.baseUrl, CLIENTS, 'two');
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.dispose();
});

/** Runs `check` while the load clients (half on A, half on B) keep both instances busy. */
async function underLoad<T>(title: string, check: () => Promise<T>): Promise<T> {
  const load = runWorkload(
    { baseUrls: [a.baseUrl, b.baseUrl], projectId: data.projectId, users: data.users, durationMs: 4_000 },
    new Recorder(),
    ledger,
  );
  await sleep(1_000);
  const result = await check();
  const { rec, seconds } = await load;
  const count = await countAndCompare(
    db.url,
    data.users.map((u) => u.id),
    ledger,
  );
  console.log(`${rec.summary(`${title}: background load on A and B`, seconds)}\n${describeCount(count, ledger)}`);
  expect(rec.problems, rec.summary('problems', seconds)).toEqual([]);
  expect(count.problems).toEqual([]);
  return result;
}

/**
 * Calls B every 50 ms until `refused` holds; the time from `since` (ms), or null after 5 s. The
 * clock starts when A has confirmed the change: from then on every instance must honour it, and
 * how long A itself took under load is not what the bar is about (it is printed, though).
 */
async function pollUntil(
  call: () => Promise<Outcome>,
  refused: (o: Outcome) => boolean,
  since: number,
): Promise<{ ms: number | null; last: Outcome }> {
  const until = since + 5_000;
  let last = await call();
  while (!refused(last)) {
    if (performance.now() > until) return { ms: null, last };
    await sleep(POLL_MS);
    last = await call();
  }
  return { ms: performance.now() - since, last };
}

describe('two API instances on one PostgreSQL', () => {
  it('B refuses a token revoked on A within 1 s', async () => {
    const user = await createUser(a.baseUrl, data.adminToken, data.projectId, 'load-two-revoked@example.test', ['user']);
    const probe = new Recorder();
    const me = () => probe.call(b.baseUrl, 'GET /users/me on B', 'GET', '/api/v1/users/me', { token: user.token });
    // B knows the token (its caches are warm) before A revokes it.
    for (let i = 0; i < 3; i++) expect((await me()).status).toBe(200);

    const { ms, last, ackMs } = await underLoad('revocation', async () => {
      const started = performance.now();
      await must(a.baseUrl, 204, 'DELETE', `/api/v1/api-tokens/${user.tokenId}`, user.session);
      const acked = performance.now();
      return { ...(await pollUntil(me, (o) => o.status !== 200, acked)), ackMs: acked - started };
    });
    console.log(
      `revocation: A answered in ${ackMs.toFixed(0)} ms; B refused the token ${ms?.toFixed(0)} ms after that (polling every ${POLL_MS} ms)`,
    );
    expect(last.status).toBe(401);
    expect(last.body).toMatchObject({ code: 'unauthorized', message: 'This API token has been revoked' });
    expect(ms).not.toBeNull();
    expect(ms!).toBeLessThanOrEqual(LIMIT_MS);
  });

  it('B enforces a role removed on A within 1 s', async () => {
    const user = await createUser(a.baseUrl, data.adminToken, data.projectId, 'load-two-demoted@example.test', ['user', 'viewer']);
    const probe = new Recorder();
    // Stopping a timer that does not run: 409 while the user may log time, 403 once they may not.
    const stop = () => probe.call(b.baseUrl, 'POST /timer/stop on B', 'POST', '/api/v1/timer/stop', { token: user.token, body: {} });
    for (let i = 0; i < 3; i++) expect((await stop()).status).toBe(409);

    const { ms, last, ackMs } = await underLoad('role removal', async () => {
      const started = performance.now();
      await must(a.baseUrl, 200, 'PUT', `/api/v1/users/${user.id}/roles`, {
        token: data.adminToken,
        body: { roles: [{ role: 'viewer' }] },
      });
      const acked = performance.now();
      return { ...(await pollUntil(stop, (o) => o.status !== 409, acked)), ackMs: acked - started };
    });
    console.log(
      `role removal: A answered in ${ackMs.toFixed(0)} ms; B refused the removed permission ${ms?.toFixed(0)} ms after that (polling every ${POLL_MS} ms)`,
    );
    expect(last.status).toBe(403);
    expect(last.body).toMatchObject({ code: 'forbidden' });
    expect(ms).not.toBeNull();
    expect(ms!).toBeLessThanOrEqual(LIMIT_MS);
    // Only the removed role's permissions went: the viewer role still reads the timer on B.
    expect((await probe.call(b.baseUrl, 'GET /timer/status on B', 'GET', '/api/v1/timer/status', { token: user.token })).status).toBe(200);
  });
});
