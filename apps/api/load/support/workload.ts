/**
 * The mixed workload: each client is one user with one token, looping over what a time-tracking
 * integration and the web app do — list own entries, log time (with an Idempotency-Key, every tenth
 * key sent twice at once) and mark it non-billable (an update in a transaction), run the timer,
 * read permissions, a summary report and the projects.
 *
 * Every answer is checked. Every time entry a client was told exists (201, or 200 for a replay) goes
 * into the ledger, which the database is compared with afterwards. With `tolerateFaults` (the
 * restart scenario) a 500/503 carrying the one error body (docs/api/README.md#errors) is accepted and the client settles its
 * state once the API answers again: it repeats unanswered creates with the same key and stops a
 * timer whose start or stop went unanswered.
 */
import { randomBytes } from 'node:crypto';
import { isErrorBody, Recorder, type Outcome } from './http.js';
import type { LoadUser } from './seed.js';

export interface Acked {
  id: number;
  userId: number;
  /** The Idempotency-Key (also the notes) for logged time; null for timer entries. */
  key: string | null;
  /** An update to billable: false was acknowledged. */
  updated?: boolean;
}

export class Ledger {
  readonly acked = new Map<number, Acked>();
  creates = 0;
  updates = 0;
  replays = 0;
  timers = 0;

  ack(rec: Recorder, out: Outcome, entry: Acked): void {
    const known = this.acked.get(entry.id);
    if (known && (known.userId !== entry.userId || known.key !== entry.key)) {
      rec.problem(out, `entry ${entry.id} was acknowledged as ${JSON.stringify(known)} and again as ${JSON.stringify(entry)}`);
      return;
    }
    this.acked.set(entry.id, { ...entry, updated: known?.updated || entry.updated });
  }
}

export interface WorkloadOptions {
  /** Client i talks to baseUrls[i % baseUrls.length]. */
  baseUrls: string[];
  projectId: number;
  users: LoadUser[];
  durationMs: number;
  tolerateFaults?: boolean;
  timeoutMs?: number;
}

const DAY_MS = 86_400_000;
const SETTLE_MS = 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Pending {
  body: Record<string, unknown>;
}

async function runClient(
  user: LoadUser,
  baseUrl: string,
  opts: WorkloadOptions,
  rec: Recorder,
  ledger: Ledger,
  deadline: number,
): Promise<void> {
  const pending = new Map<string, Pending>();
  /** Entries whose update went unanswered; PUT is idempotent, so settling repeats it. */
  const pendingUpdates = new Map<number, string>();
  let needsSettling = false;
  let n = 0;
  const prefix = `${user.index}-${randomBytes(3).toString('hex')}`;
  const call = (label: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    rec.call(baseUrl, label, method, path, { token: user.token, body, headers, timeoutMs: opts.timeoutMs ?? 30_000 });

  /** true when `out` has one of `ok`; otherwise records a tolerated fault or a problem. */
  const judge = (out: Outcome, ok: number[]): boolean => {
    if (ok.includes(out.status)) return true;
    needsSettling = true;
    if (opts.tolerateFaults && (out.status === 500 || out.status === 503) && isErrorBody(out.body)) rec.tolerated.push(out);
    else rec.problem(out, `expected ${ok.join(' or ')}`);
    return false;
  };
  const expectThat = (out: Outcome, cond: boolean, what: string): boolean => {
    if (!cond) rec.problem(out, what);
    return cond;
  };

  const ackCreate = (out: Outcome, key: string): boolean => {
    if (
      !expectThat(
        out,
        out.body?.user_id === user.id && out.body?.notes === key,
        `the entry for key ${key} is not this user's entry with that key`,
      )
    )
      return false;
    ledger.ack(rec, out, { id: out.body.id, userId: user.id, key });
    pending.delete(key);
    return true;
  };

  const update = async (id: number, key: string, label = 'PUT /time-entries/:id'): Promise<boolean> => {
    pendingUpdates.set(id, key);
    const out = await call(label, 'PUT', `/api/v1/time-entries/${id}`, { billable: false });
    if (!judge(out, [200])) return false;
    if (
      !expectThat(
        out,
        out.body.id === id && out.body.billable === false && out.body.notes === key,
        `the update of entry ${id} did not answer the updated entry`,
      )
    )
      return false;
    ledger.ack(rec, out, { id, userId: user.id, key, updated: true });
    ledger.updates++;
    pendingUpdates.delete(id);
    return true;
  };

  /** After a fault: finish what is unknown. Returns false while the API still fails. */
  const settle = async (): Promise<boolean> => {
    const status = await call('GET /timer/status', 'GET', '/api/v1/timer/status');
    if (!judge(status, [200])) return false;
    if (status.body.running) {
      const id = status.body.time_entry.id as number;
      ledger.ack(rec, status, { id, userId: user.id, key: null });
      const stop = await call('POST /timer/stop', 'POST', '/api/v1/timer/stop', {});
      if (!judge(stop, [200])) return false;
    }
    for (const [key, p] of pending) {
      const again = await call('POST /time-entries (repeat)', 'POST', '/api/v1/time-entries', p.body, { 'idempotency-key': key });
      if (!judge(again, [200, 201])) return false;
      if (again.status === 200) ledger.replays++;
      if (!ackCreate(again, key)) return false;
      pendingUpdates.set(again.body.id, key);
    }
    for (const [id, key] of pendingUpdates) {
      if (!(await update(id, key, 'PUT /time-entries/:id (repeat)'))) return false;
    }
    needsSettling = false;
    return true;
  };

  const iteration = async (): Promise<void> => {
    if (needsSettling && !(await settle())) return;
    const now = Date.now();
    const from = isoDate(now - 7 * DAY_MS);
    const to = isoDate(now + DAY_MS);

    const list = await call(
      'GET /time-entries',
      'GET',
      `/api/v1/time-entries?user_id=${user.id}&start_date=${from}&end_date=${to}&per_page=20`,
    );
    if (!judge(list, [200])) return;
    expectThat(
      list,
      list.body.time_entries.every((e: { user_id: number }) => e.user_id === user.id),
      "the list of own entries holds another user's entry",
    );

    const key = `${prefix}-${n++}`;
    const body = {
      project_id: opts.projectId,
      start_time: new Date(Math.floor((now - Math.random() * 6 * DAY_MS) / 1000) * 1000).toISOString(),
      duration_seconds: 900,
      notes: key,
    };
    pending.set(key, { body });
    const headers = { 'idempotency-key': key };
    if (n % 10 === 1) {
      // The same key twice at once: one entry, one 201 and one replay.
      const both = await Promise.all([
        call('POST /time-entries (same key twice)', 'POST', '/api/v1/time-entries', body, headers),
        call('POST /time-entries (same key twice)', 'POST', '/api/v1/time-entries', body, headers),
      ]);
      const ok = both.map((o) => judge(o, [200, 201]));
      if (ok.every(Boolean)) {
        const [a, b] = both as [Outcome, Outcome];
        expectThat(
          a,
          [a.status, b.status].sort().join() === '200,201',
          `the same key twice answered ${a.status} and ${b.status}, expected one 201 and one 200`,
        );
        expectThat(a, a.body.id === b.body.id, `the same key twice gave entries ${a.body.id} and ${b.body.id}`);
        const replay = a.status === 200 ? a : b;
        expectThat(replay, replay.headers?.get('idempotent-replayed') === 'true', 'the replay lacks Idempotent-Replayed: true');
        ledger.creates++;
        ledger.replays++;
      }
      for (const o of both) if (o.status === 200 || o.status === 201) ackCreate(o, key);
      if (!ok.every(Boolean)) return;
      if (!(await update(both[0].body.id, key))) return;
    } else {
      const created = await call('POST /time-entries', 'POST', '/api/v1/time-entries', body, headers);
      if (!judge(created, [201])) return;
      ledger.creates++;
      if (!ackCreate(created, key)) return;
      if (!(await update(created.body.id, key))) return;
    }

    const start = await call('POST /timer/start', 'POST', '/api/v1/timer/start', { project_id: opts.projectId });
    if (!judge(start, [201])) return;
    ledger.timers++;
    ledger.ack(rec, start, { id: start.body.id, userId: user.id, key: null });
    const status = await call('GET /timer/status', 'GET', '/api/v1/timer/status');
    if (!judge(status, [200])) return;
    expectThat(
      status,
      status.body.running === true && status.body.time_entry?.id === start.body.id,
      'the timer status does not show the timer just started',
    );
    const stop = await call('POST /timer/stop', 'POST', '/api/v1/timer/stop', {});
    if (!judge(stop, [200])) return;
    expectThat(
      stop,
      stop.body.id === start.body.id && stop.body.end_time !== null && stop.body.duration_seconds >= 1,
      'the stop did not end the timer just started',
    );

    const perms = await call('GET /users/me/permissions', 'GET', '/api/v1/users/me/permissions');
    if (!judge(perms, [200])) return;
    const report = await call('GET /reports/summary', 'GET', `/api/v1/reports/summary?start_date=${from}&end_date=${to}&group_by=project`);
    if (!judge(report, [200])) return;
    const projects = await call('GET /projects', 'GET', '/api/v1/projects');
    if (!judge(projects, [200])) return;
    expectThat(
      projects,
      projects.body.projects.some((p: { id: number }) => p.id === opts.projectId),
      'the project list lacks the load project',
    );
  };

  while (Date.now() < deadline) {
    const problemsBefore = rec.problems.length;
    await iteration();
    // After a failure do not hammer a failing API; a healthy loop never waits.
    if (needsSettling || rec.problems.length > problemsBefore) await sleep(100);
  }
  const settleBy = Date.now() + SETTLE_MS;
  while ((needsSettling || pending.size > 0 || pendingUpdates.size > 0) && Date.now() < settleBy) {
    if (!(await settle())) await sleep(250);
  }
  if (needsSettling || pending.size > 0 || pendingUpdates.size > 0) {
    rec.problems.push({
      label: 'settle',
      status: 0,
      at: Date.now(),
      detail: `client ${user.index} could not settle within ${SETTLE_MS / 1000} s; ${pending.size} create(s), ${pendingUpdates.size} update(s) unanswered`,
    });
  }
}

/** Runs every client until the duration has passed and each has settled. */
export async function runWorkload(
  opts: WorkloadOptions,
  rec = new Recorder(),
  ledger = new Ledger(),
): Promise<{ rec: Recorder; ledger: Ledger; seconds: number }> {
  const started = performance.now();
  const deadline = Date.now() + opts.durationMs;
  await Promise.all(opts.users.map((u, i) => runClient(u, opts.baseUrls[i % opts.baseUrls.length]!, opts, rec, ledger, deadline)));
  return { rec, ledger, seconds: (performance.now() - started) / 1000 };
}
