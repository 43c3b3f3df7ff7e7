/**
 * `pnpm bench`: the performance targets (docs/reports/benchmark.md) checked on a real PostgreSQL
 * with a large organisation.
 *
 *   build dist if stale → throwaway PostgreSQL → built server (migrates, creates the admin)
 *   → set-based seed → sessions and tokens through the API → autocannon scenarios
 *   → a second instance for token revocation → EXPLAIN (ANALYZE, BUFFERS) of the month summary
 *   → the same organisation on PGlite, one-connection scenarios → table on stdout + docs/reports/benchmark.md
 *
 * `pnpm bench --only workers` runs only the comparison of one server process with TK_WORKERS=auto
 * (workers.mjs) after the seed, prints it and leaves the report alone.
 *
 * Knobs (environment): BENCH_DURATION seconds per scenario (10), BENCH_WARMUP seconds (2),
 * BENCH_CONNECTIONS for the load scenarios (10, the server's database pool size), BENCH_CPU_PROF
 * a directory for a CPU profile of server A (open it in Chrome DevTools or speedscope),
 * BENCH_ENTRIES the time entries (1,000,000), BENCH_PGLITE_ENTRIES those of the PGlite run (as many
 * unless set).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createToken, login } from './api.mjs';
import { cpuMillis, machineBusyMillis } from './cpu.mjs';
import { measure } from './measure.mjs';
import { startPostgres } from './postgres.mjs';
import { evaluate, renderMarkdown, renderTable, writeReport } from './report.mjs';
import { measureRevocation } from './revocation.mjs';
import { scenarios } from './scenarios.mjs';
import { seed, SIZES } from './seed.mjs';
import { explainSummary } from './explain.mjs';
import { startSeededPglite } from './pglite.mjs';
import { ADMIN, distIsStale, startServer } from './server.mjs';
import { compareWorkers, workersTable } from './workers.mjs';

const apiRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reportPath = resolve(apiRoot, '../../docs/reports/benchmark.md');
const knob = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);
const DURATION = knob('BENCH_DURATION', 10);
const WARMUP = knob('BENCH_WARMUP', 2);
const CONNECTIONS = knob('BENCH_CONNECTIONS', 10);
const REVOCATION_TRIALS = 5;
/** BENCH_ENTRIES shrinks the organisation's time entries for a quick run (the report says how many it had). */
const BENCH_SIZES = { ...SIZES, entries: knob('BENCH_ENTRIES', SIZES.entries) };
const ONLY = ((i) => (i === -1 ? null : process.argv[i + 1]))(process.argv.indexOf('--only'));
if (ONLY !== null && ONLY !== 'workers') {
  console.error(`bench: --only takes "workers", got "${ONLY}"`);
  process.exit(2);
}

const began = performance.now();
const elapsed = () => `${((performance.now() - began) / 1000).toFixed(0)} s`;
const say = (msg) => console.log(`[bench ${elapsed().padStart(5)}] ${msg}`);

const cleanups = [];
async function cleanup() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch((err) => console.error('cleanup failed:', err.message));
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => cleanup().finally(() => process.exit(130)));
}

/** The administrator reads reports; CONNECTIONS people (plain `user` role) each get a session and a token. */
async function signIn(baseUrl, seeded) {
  const admin = await login(baseUrl, ADMIN.email, ADMIN.password);
  const adminToken = (await createToken(baseUrl, admin, ['read:reports'], 'bench reports')).token;
  const people = [];
  for (let i = 1; people.length < CONNECTIONS; i++) {
    if (i % 20 === 0) continue; // managers
    const session = await login(baseUrl, `person-${i}@bench.test`, ADMIN.password);
    const { token } = await createToken(baseUrl, session, ['read:users', 'read:time_entries', 'write:time_entries'], 'bench');
    const projectId = seeded.firstProjectId + ((i * 7) % SIZES.projects);
    people.push({ session, token, userId: session.userId, projectId });
  }
  return { adminToken, people };
}

/** Runs `list` against `server`, one scenario after the other. */
async function runScenarios(server, list, dbPid) {
  const results = [];
  for (const scenario of list) {
    const r = await measure(server.baseUrl, {
      connections: scenario.connections,
      duration: DURATION,
      warmup: WARMUP,
      requestsFor: scenario.requestsFor,
      before: scenario.before,
      pids: { api: server.pid, db: dbPid },
    });
    results.push({ ...scenario, ...r });
    say(
      `${server.name}: ${scenario.title}: ${r.rps.toFixed(0)} req/s, p95 ${r.p95.toFixed(1)} ms${r.failed ? `, ${r.failed} failed (statuses ${JSON.stringify(r.statuses)}, connection errors ${r.errors})` : ''}`,
    );
  }
  return results;
}

/**
 * The embedded database: the same organisation (BENCH_PGLITE_ENTRIES time entries, as many as
 * PostgreSQL's unless set) on a PGlite server, the one-connection scenarios and the yardsticks of the targets.
 */
async function pgliteRun(secret) {
  const sizes = { ...BENCH_SIZES, entries: knob('BENCH_PGLITE_ENTRIES', BENCH_SIZES.entries) };
  const server = await startSeededPglite(apiRoot, { secret, sizes, say });
  cleanups.push(() => server.stop());
  const { adminToken, people } = await signIn(server.baseUrl, server.seeded);
  const keys = new Set(['health', 'permissions_session', 'permissions_token', 'month_entries_1', 'month_report_1', 'timer_1']);
  const list = scenarios({ baseUrl: server.baseUrl, people, adminToken, connections: 1 }).filter((sc) => keys.has(sc.key));
  const results = await runScenarios(server, list, null);
  await server.stop();
  return { entries: sizes.entries, seedMs: server.seedMs, results };
}

async function main() {
  const loadBefore = loadavg()[0];
  if (distIsStale(apiRoot)) {
    say('dist is missing or older than the sources: building the API');
    execFileSync('pnpm', ['--filter', '@timekeeper/api', 'run', 'build'], { cwd: apiRoot, stdio: 'inherit' });
  }

  const postgres = await startPostgres();
  cleanups.push(async () => postgres.stop());
  say(`${postgres.version} on ${postgres.url}`);

  const secret = randomBytes(32).toString('hex');
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.env.BENCH_CPU_PROF)}`] : [];
  const a = await startServer(apiRoot, { name: 'a', databaseUrl: postgres.url, secret, nodeArgs: profile });
  cleanups.push(() => a.stop());
  say(`server A ready on ${a.baseUrl}`);

  const db = new pg.Client({ connectionString: postgres.url });
  await db.connect();
  cleanups.push(() => db.end());
  const seedStarted = performance.now();
  const seeded = await seed(db, ADMIN.email, BENCH_SIZES);
  const seedMs = performance.now() - seedStarted;
  for (const s of seeded.steps) say(`seed: ${s.label}: ${s.rows.toLocaleString('en')} rows in ${(s.ms / 1000).toFixed(1)} s`);
  const counts = (
    await db.query(
      'SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM projects)::int AS projects, (SELECT count(*) FROM participations)::int AS participations, (SELECT count(*) FROM time_entries)::int AS time_entries',
    )
  ).rows[0];

  const { adminToken, people } = await signIn(a.baseUrl, seeded);
  say(`signed in the administrator and ${people.length} people`);

  const workersRun = () =>
    compareWorkers({
      apiRoot,
      databaseUrl: postgres.url,
      secret,
      people,
      adminToken,
      connections: CONNECTIONS,
      duration: DURATION,
      warmup: WARMUP,
      dbPid: postgres.pid,
      say,
    });
  if (ONLY === 'workers') {
    await a.stop(); // only the servers being compared run while they are measured
    const workers = await workersRun();
    await cleanup();
    console.log(`\n${workersTable(workers)}\n\n(${((performance.now() - began) / 1000).toFixed(0)} s in all; the report is not rewritten)`);
    return;
  }

  // CPU the rest of the machine used while we measured: other work makes the numbers pessimistic.
  const ownCpu = () => cpuMillis(process.pid) + cpuMillis(a.pid) + cpuMillis(postgres.pid, { children: true });
  const measuring = { wall: performance.now(), machine: machineBusyMillis(), own: ownCpu() };
  const results = await runScenarios(a, scenarios({ baseUrl: a.baseUrl, people, adminToken, connections: CONNECTIONS }), postgres.pid);

  const others = machineBusyMillis() - measuring.machine - (ownCpu() - measuring.own);
  const otherLoad = measuring.machine === null ? null : Math.max(0, others / ((performance.now() - measuring.wall) * cpus().length));

  const b = await startServer(apiRoot, { name: 'b', databaseUrl: postgres.url, secret });
  cleanups.push(() => b.stop());
  const revocation = await measureRevocation(a, b, people[0].session, REVOCATION_TRIALS);
  say(`token revocation seen by instance B after at most ${revocation.maxDelayMs?.toFixed(1) ?? 'never'} ms`);
  await a.stop();
  await b.stop();
  const workers = await workersRun();
  const plans = await explainSummary(apiRoot, postgres.url);
  const pglite = await pgliteRun(secret);

  const run = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      ramGb: totalmem() / 1024 ** 3,
      node: process.version,
      postgres: postgres.version,
      pgSettings: postgres.settings,
      loadBefore,
      otherLoad,
    },
    counts,
    seedMs,
    settings: { duration: DURATION, warmup: WARMUP, connections: CONNECTIONS },
    results,
    revocation,
    workers,
    plans,
    pglite,
  };
  run.targets = evaluate(run);
  await cleanup();
  run.totalSeconds = (performance.now() - began) / 1000;
  console.log(`\n${renderTable(run)}`);
  writeReport(reportPath, renderMarkdown(run));
  console.log(`\nreport written to ${reportPath} (${run.totalSeconds.toFixed(0)} s in all)`);
  if (run.targets.some((t) => t.met === null)) process.exitCode = 1;
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: apiRoot, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

main().catch(async (err) => {
  console.error('bench failed:', err);
  await cleanup();
  process.exit(1);
});
