/**
 * Mixed load: TK_LOAD_CLIENTS (100) concurrent clients for TK_LOAD_SECONDS (60) against one API
 * process on PostgreSQL → every answer as expected, and the database holds exactly the entries the
 * clients were told about.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedSecret, startApi, type ApiProcess } from './support/api-process.js';
import { provisionDatabase, type LoadDatabase } from './support/database.js';
import { countAndCompare, describeCount } from './support/db-checks.js';
import { knobs } from './support/knobs.js';
import { seed, type Seeded } from './support/seed.js';
import { runWorkload } from './support/workload.js';

let db: LoadDatabase;
let api: ApiProcess;
let data: Seeded;

beforeAll(async () => {
  db = await provisionDatabase();
  api = await startApi('A', db.url, sharedSecret());
  const started = performance.now();
  data = await seed(api.baseUrl, knobs.clients, 'mixed');
  console.log(`seeded ${knobs.clients} users with tokens in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

afterAll(async () => {
  await api?.stop();
  await db?.dispose();
});

describe(`mixed load: ${knobs.clients} clients for ${knobs.seconds} s`, () => {
  it('answers every request as expected and loses or duplicates no time entry', async () => {
    const { rec, ledger, seconds } = await runWorkload({
      baseUrls: [api.baseUrl],
      projectId: data.projectId,
      users: data.users,
      durationMs: knobs.seconds * 1000,
    });
    const count = await countAndCompare(
      db.url,
      data.users.map((u) => u.id),
      ledger,
    );
    console.log(`${rec.summary(`mixed load, ${knobs.clients} clients, one API process`, seconds)}\n${describeCount(count, ledger)}`);

    expect(api.exitCode(), `the API process died:\n${api.errors()}`).toBeNull();
    expect(rec.problems, rec.summary('problems', seconds)).toEqual([]);
    // Every call in this workload succeeds with 200 or 201; nothing else may appear, not even once.
    expect([...rec.byStatus.keys()].sort()).toEqual([200, 201]);
    expect(count.problems).toEqual([]);
    // The run did real work: every client logged time and ran its timer.
    expect(ledger.creates).toBeGreaterThanOrEqual(knobs.clients);
    expect(ledger.timers).toBeGreaterThanOrEqual(knobs.clients);
    expect(count.rows).toBe(count.acked);
  });
});
