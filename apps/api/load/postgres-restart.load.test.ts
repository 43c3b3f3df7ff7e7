/**
 * PostgreSQL restarted under write load: while it is down the API stays up, readiness
 * (GET /api/v1/health) answers 503 and failed requests get a 5xx with the one error body (docs/api/README.md#errors), never a
 * hang; once it is back the same API process serves again, and the database holds exactly what the
 * clients were told — nothing lost, nothing half-written.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedSecret, startApi, type ApiProcess } from './support/api-process.js';
import { provisionDatabase, type LoadDatabase } from './support/database.js';
import { countAndCompare, describeCount } from './support/db-checks.js';
import { isErrorBody, Recorder } from './support/http.js';
import { must, seed, type LoadUser, type Seeded } from './support/seed.js';
import { Ledger, runWorkload } from './support/workload.js';

const CLIENTS = 20;
const BEFORE_MS = 4_000;
const DOWN_MS = 4_000;
const AFTER_MS = 5_000;
/** How soon readiness must notice the outage, and the recovery. */
const NOTICE_MS = 5_000;
const RECOVER_MS = 15_000;
const POLL_MS = 100;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let db: LoadDatabase;
let api: ApiProcess;
let data: Seeded;
/** Not a load client: its update is held inside a transaction (behind a row lock) when PostgreSQL stops. */
let held: LoadUser;

beforeAll(async () => {
  db = await provisionDatabase({ restartable: true });
  api = await startApi('A', db.url, sharedSecret());
  data = await seed(api.baseUrl, CLIENTS + 1, 'restart');
  held = data.users.pop()!;
});

/**
 * Starts an update of `entryId` that the API cannot finish: another connection holds the row lock,
 * so the API's transaction waits, mid-way, with its connection checked out of the pool. Resolves
 * once PostgreSQL shows the wait; the returned promise is the API's answer.
 */
async function updateHeldInTransaction(entryId: number) {
  const blocker = new pg.Client({ connectionString: db.url });
  blocker.on('error', () => {}); // it is terminated by the shutdown, as intended
  await blocker.connect();
  await blocker.query('BEGIN');
  await blocker.query('SELECT id FROM time_entries WHERE id = $1 FOR UPDATE', [entryId]);
  const answer = new Recorder().call(api.baseUrl, 'PUT /time-entries/:id (held)', 'PUT', `/api/v1/time-entries/${entryId}`, {
    token: held.token,
    body: { billable: false },
    timeoutMs: 15_000,
  });
  for (let i = 0; i < 100; i++) {
    const { rows } = await blocker.query<{ n: string }>(
      'SELECT count(*) AS n FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))',
    );
    if (Number(rows[0]!.n) > 0) return { answer, blocker };
    await sleep(50);
  }
  throw new Error('the held update never waited on the row lock');
}

afterAll(async () => {
  await api?.stop();
  await db?.dispose();
});

describe('PostgreSQL restarted mid-run', () => {
  it('answers 503 on readiness while it is down, recovers without an API restart, and writes nothing by halves', async () => {
    const cluster = db.cluster!;
    const probes = new Recorder();
    const health = () => probes.call(api.baseUrl, 'GET /health', 'GET', '/api/v1/health', { timeoutMs: 10_000 });
    const info = () => probes.call(api.baseUrl, 'GET /info', 'GET', '/api/v1/info', { timeoutMs: 10_000 });
    /** Polls until `done` holds for a health answer; returns the time it did, or null. */
    const seen: number[] = [];
    const pollHealth = async (done: (status: number) => boolean, withinMs: number) => {
      const until = Date.now() + withinMs;
      while (Date.now() < until) {
        const h = await health();
        seen.push(h.status);
        if (done(h.status)) return Date.now();
        await sleep(POLL_MS);
      }
      return null;
    };
    const why = () => `readiness answered ${summarize(seen)}; API exit code ${api.exitCode()}; first errors in its log:\n${api.errors()}`;

    const rec = new Recorder();
    const ledger = new Ledger();
    const work = runWorkload(
      {
        baseUrls: [api.baseUrl],
        projectId: data.projectId,
        users: data.users,
        durationMs: BEFORE_MS + DOWN_MS + AFTER_MS + 5_000,
        tolerateFaults: true,
        timeoutMs: 15_000,
      },
      rec,
      ledger,
    );

    const heldEntry = await must(api.baseUrl, 201, 'POST', '/api/v1/time-entries', {
      token: held.token,
      body: {
        project_id: data.projectId,
        start_time: new Date(Date.now() - 86_400_000).toISOString().slice(0, 19) + 'Z',
        duration_seconds: 600,
        notes: 'held',
      },
    });
    await sleep(BEFORE_MS);
    expect((await health()).status).toBe(200);
    const heldUpdate = await updateHeldInTransaction(heldEntry.body.id);
    const haltStarted = Date.now();
    await cluster.halt();
    const haltedAt = Date.now();
    const noticedAt = await pollHealth((s) => s === 503, NOTICE_MS);
    expect(noticedAt, `readiness never answered 503 with PostgreSQL down: ${why()}`).not.toBeNull();

    // While down: readiness stays 503 with the documented body; the process itself answers.
    const downUntil = Date.now() + DOWN_MS;
    const downHealth: number[] = [];
    const downInfo: number[] = [];
    while (Date.now() < downUntil) {
      const [h, i] = await Promise.all([health(), info()]);
      downHealth.push(h.status);
      downInfo.push(i.status);
      if (h.status === 503)
        expect(h.body, `readiness answered 503 but not as the health route does (is the process shutting down?): ${why()}`).toMatchObject({
          status: 'unavailable',
          database: 'down',
        });
      await sleep(POLL_MS);
    }

    await cluster.resume();
    const resumedAt = Date.now();
    const recoveredAt = await pollHealth((s) => s === 200, RECOVER_MS);
    expect(recoveredAt, `readiness did not return to 200 within ${RECOVER_MS / 1000} s of PostgreSQL starting: ${why()}`).not.toBeNull();
    const { seconds } = await work;
    const heldAnswer = await heldUpdate.answer;
    await heldUpdate.blocker.end().catch(() => {});
    // The interrupted transaction left nothing behind; the same update now succeeds.
    const heldAfter = await must(api.baseUrl, 200, 'GET', `/api/v1/time-entries/${heldEntry.body.id}`, { token: held.token });
    const heldRepeat = await must(api.baseUrl, 200, 'PUT', `/api/v1/time-entries/${heldEntry.body.id}`, {
      token: held.token,
      body: { billable: false },
    });

    // Afterwards, on the same process: a clean run with no fault tolerated at all.
    const after = await runWorkload(
      { baseUrls: [api.baseUrl], projectId: data.projectId, users: data.users, durationMs: 3_000 },
      new Recorder(),
      ledger,
    );

    const count = await countAndCompare(
      db.url,
      data.users.map((u) => u.id),
      ledger,
    );
    const within = (t: number) => t >= haltStarted && t <= recoveredAt! + 2_000;
    const outside = rec.tolerated.filter((o) => !within(o.at + o.ms));
    console.log(
      [
        rec.summary(`PostgreSQL restart, ${CLIENTS} writing clients`, seconds),
        `halt took ${haltedAt - haltStarted} ms · readiness 503 after ${noticedAt! - haltStarted} ms · down ${resumedAt - haltedAt} ms · readiness 200 ${recoveredAt! - resumedAt} ms after the start`,
        `while down: readiness ${summarize(downHealth)} · /info ${summarize(downInfo)} · the update held in a transaction got ${heldAnswer.status} ${heldAnswer.body?.code ?? ''}`,
        after.rec.summary('after recovery, same process, no fault tolerated', after.seconds),
        describeCount(count, ledger),
      ].join('\n'),
    );

    expect(api.exitCode(), `the API process died: ${why()}`).toBeNull();
    expect(
      heldAnswer.status,
      `the update held in a transaction answered ${heldAnswer.status}: ${JSON.stringify(heldAnswer.body)}`,
    ).toBeGreaterThanOrEqual(500);
    expect(isErrorBody(heldAnswer.body), JSON.stringify(heldAnswer.body)).toBe(true);
    expect(heldAfter.body.billable).toBe(true);
    expect(heldRepeat.body.billable).toBe(false);
    expect(
      downHealth.every((s) => s === 503),
      `readiness while down: ${summarize(downHealth)}`,
    ).toBe(true);
    expect(
      downInfo.every((s) => s === 200),
      `the process stopped answering /info while the database was down: ${summarize(downInfo)}`,
    ).toBe(true);
    // The fault was felt by the writers, as 5xx with the error body, and only while it lasted.
    expect(rec.tolerated.length).toBeGreaterThan(0);
    // The database was unavailable, not the server broken: 503 (retry later), never a 500.
    expect(summarize(rec.tolerated.map((o) => o.status))).toBe(`503×${rec.tolerated.length}`);
    expect(outside.map((o) => `${o.label} ${o.status} at +${o.at - haltStarted} ms`)).toEqual([]);
    expect(rec.problems, rec.summary('problems', seconds)).toEqual([]);
    expect(after.rec.problems, after.rec.summary('problems after recovery', after.seconds)).toEqual([]);
    expect([...after.rec.byStatus.keys()].sort()).toEqual([200, 201]);
    expect(count.problems).toEqual([]);
    expect(count.rows).toBe(count.acked);
  });
});

function summarize(statuses: number[]): string {
  const counts = new Map<number, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${s}×${n}`).join(' ') || 'none';
}
