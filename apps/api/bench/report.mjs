/**
 * The run's results as a console table, the verdicts on the performance targets, and
 * docs/reports/benchmark.md.
 * Every number in the report comes from the run it describes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { workersTable } from './workers.mjs';

const ms = (v) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 1) : '–');
const pct = (v) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : '–');
const int = (v) => Math.round(v).toLocaleString('en');
const us = (v) => (Number.isFinite(v) ? int(v) : '–');
const byKey = (run, key) => run.results.find((r) => r.key === key);
/** More than 1 % failed answers make a scenario's numbers meaningless. */
const broken = (r) => r.failed > r.requests * 0.01;

function rows(run) {
  const health = byKey(run, 'health');
  return run.results.map((r) => ({
    scenario: r.title,
    conns: String(r.connections),
    'req/s': int(r.rps),
    'vs /health': r.connections === health.connections ? `${(r.rps / health.rps).toFixed(2)}×` : '–',
    'p50 ms': ms(r.p50),
    'p95 ms': ms(r.p95),
    'p99 ms': ms(r.p99),
    failed: String(r.failed),
    'server ms': ms(r.timing.total),
    'authn ms': r.authorized ? ms(r.timing.authn) : '–',
    'of it version read': r.authorized ? ms(r.timing.version) : '–',
    'authz ms': r.authorized ? ms(r.timing.authz) : '–',
    'authn+authz': r.authorized ? pct(r.timing.share) : '–',
    'API CPU µs': us(r.cpu.api),
    'DB CPU µs': us(r.cpu.db),
  }));
}

const failedNote = (rs) =>
  rs.filter(broken).map((r) => `${r.title}: ${r.failed} of ${r.requests} requests failed (${JSON.stringify(r.statuses)}).`);

function shareTarget(run) {
  // Judged on one connection: under saturation every phase's wall time also holds the other
  // requests' work, which is queueing, not what authentication costs. Load shares are shown beside.
  const typical = run.results.filter((r) => r.typical && r.connections === 1);
  const loaded = run.results.filter((r) => r.typical && r.connections > 1);
  const worst = typical.reduce((w, r) => (r.timing.share > w.timing.share ? r : w), typical[0]);
  const shareOf = (r) =>
    `${r.title.replace(/, 1 connection$/, '')} ${pct(r.timing.share)} (${ms(r.timing.authn + r.timing.authz)} of ${ms(r.timing.total)} ms)`;
  return {
    target: 'authn + authz ≤ 5 % of server time for every scenario on one connection (Server-Timing)',
    measured: `one connection: ${typical.map(shareOf).join('; ')}. Under ${loaded[0]?.connections} connections (wall clock, queueing included): ${loaded.map((r) => `${r.title} ${pct(r.timing.share)}`).join('; ')}`,
    met: failedNote(typical).length ? false : worst.timing.share <= 0.05,
    why: failedNote(typical),
    share: { worst, typical },
  };
}

function ratioTarget(run) {
  const health = byKey(run, 'health');
  const perms = ['permissions_session', 'permissions_token'].map((k) => byKey(run, k));
  const label = (r) => (r.key.endsWith('session') ? 'session' : 'token');
  return {
    target: 'GET /users/me/permissions ≥ 80 % of the throughput of GET /health, same run',
    measured: perms.map((r) => `${label(r)}: ${int(r.rps)} vs ${int(health.rps)} req/s = ${pct(r.rps / health.rps)}`).join('; '),
    met: failedNote([health, ...perms]).length ? false : perms.every((r) => r.rps / health.rps >= 0.8),
    why: failedNote([health, ...perms]),
    ratio: { health, perms, label },
  };
}

function latencyTargets(run) {
  // Judged under load, as the targets say; the wait of one person on an idle server is shown beside.
  return run.results
    .filter((r) => r.target)
    .map((r) => {
      const single = byKey(run, `${r.key}_1`);
      return {
        target: `${r.key.startsWith('month_entries') ? "a user's month of time entries" : 'a month-wide summary report over all users'} p95 ≤ ${r.target.max} ms under ${r.connections} connections`,
        measured: `p95 ${ms(r.p95)} ms under ${r.connections} connections${single ? ` (one connection: ${ms(single.p95)} ms)` : ''}`,
        met: broken(r) ? false : r[r.target.metric] <= r.target.max,
        why: failedNote([r]),
        latency: r,
      };
    });
}

function pgliteTarget(run) {
  const p = run.pglite;
  return {
    target: 'the same scenarios also reported on the embedded PGlite database',
    measured: p
      ? `${p.results.length} scenarios on one connection over ${int(p.entries)} time entries (section "The embedded database")`
      : 'not run',
    met: Boolean(p) && failedNote(p.results).length === 0,
    why: p ? failedNote(p.results) : [],
  };
}

function revocationTarget(run) {
  const rev = run.revocation;
  return {
    target: 'token revocation effective on another instance within 1 s',
    measured:
      rev.maxDelayMs === null
        ? `instance B still accepted a revoked token after 5 s`
        : `worst of ${rev.trials} revocations on A: B refused the token ${ms(rev.maxDelayMs)} ms after A's 204 (${rev.staleAnswers} answers from B still accepted it)`,
    met: rev.maxDelayMs !== null && rev.maxDelayMs <= 1000,
    why: [],
  };
}

function workersTarget(run) {
  const w = run.workers;
  if (!w) return [];
  const one = w.one.results.month_entries;
  const many = w.many.results.month_entries;
  return [
    {
      target: `a person's month of time entries with TK_WORKERS=auto (${w.many.processes} workers here) ≥ 1.6× the throughput of one worker`,
      measured: `${int(many.rps)} vs ${int(one.rps)} req/s = ${w.ratios.month_entries.toFixed(2)}× (same responses)`,
      met: failedNote([one, many]).length ? false : w.ratios.month_entries >= 1.6,
      why: failedNote([one, many]),
      workers: w,
    },
  ];
}

export function evaluate(run) {
  return [shareTarget(run), ratioTarget(run), ...latencyTargets(run), revocationTarget(run), ...workersTarget(run), pgliteTarget(run)];
}

const cpuOf = (r) => `${us(r.cpu.api)} µs API + ${us(r.cpu.db)} µs database CPU`;

/** Where the time of a missed target goes, in terms of this run's numbers. */
function explain(t, run) {
  if (t.why.length) return '';
  if (t.share) {
    const { worst: w, typical } = t.share;
    return (
      `The largest share is in "${w.title}": ${ms(w.timing.authn)} ms authn + ${ms(w.timing.authz)} ms authz of ${ms(w.timing.total)} ms server time; ` +
      `of the authn time, ${ms(w.timing.version)} ms is the authorization-version read (kernel/auth). Without that read the shares are ` +
      `${typical.map((r) => `${pct(r.timing.shareWithoutVersion)} in "${r.title}"`).join(', ')}.`
    );
  }
  if (t.ratio) {
    const { health, perms, label } = t.ratio;
    return (
      `Per request, GET /health costs ${cpuOf(health)}; GET /users/me/permissions ${perms.map((r) => `${cpuOf(r)} (${label(r)})`).join(' and ')}. ` +
      `The server, PostgreSQL and autocannon share ${run.machine.cores} cores and the run is CPU-bound, so the throughput ratio is about the ratio of these costs.`
    );
  }
  if (t.latency) {
    const r = t.latency;
    return `Per request: ${cpuOf(r)}, ${ms(r.timing.total)} ms server time.`;
  }
  if (t.workers) {
    const w = t.workers;
    const m = w.many.results.month_entries;
    const one = w.one.results.month_entries;
    return (
      `One worker used ${us(one.cpu.api)} µs of server CPU per request, so it can answer at most ${int(1e6 / one.cpu.api)} req/s on its core (it answered ${int(one.rps)}). ` +
      `With ${w.many.processes} workers each request cost ${us(m.cpu.api)} µs server + ${us(m.cpu.db)} µs PostgreSQL + ${us(m.cpu.load)} µs load generator (autocannon) CPU, ` +
      `all on the same ${w.cores} cores: the machine can answer at most ${int(w.machineMax.month_entries)} req/s, ${w.ceilings.month_entries.toFixed(2)}× one worker. ` +
      'The more the server saves per request, the larger the share of PostgreSQL and the load generator, and the lower this ceiling: ' +
      '1.6× on two cores needs the server to cost at least four times what PostgreSQL and the load generator cost together. ' +
      'Measured with the load generator and the database on other cores, the workers would have a core each.'
    );
  }
  return '';
}

function textTable(list) {
  const cols = Object.keys(list[0]);
  const width = cols.map((c) => Math.max(c.length, ...list.map((r) => r[c].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ');
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...list.map((r) => line(cols.map((c) => r[c])))].join('\n');
}

function markdownTable(list) {
  const cols = Object.keys(list[0]);
  return [
    `| ${cols.join(' | ')} |`,
    `|${cols.map((_, i) => (i === 0 ? '---' : '--:')).join('|')}|`,
    ...list.map((r) => `| ${cols.map((c) => r[c]).join(' | ')} |`),
  ].join('\n');
}

export function renderTable(run) {
  const targets = run.targets.map((t) => `${(t.met ? 'met' : 'MISSED').padEnd(6)} ${t.target}\n       ${t.measured}`).join('\n');
  return `${textTable(rows(run))}\n\nPerformance targets:\n${targets}`;
}

function busyNote(m) {
  if (m.otherLoad === null)
    return `Whether other work ran on the machine is unknown (no /proc); the 1-minute load average before the run was ${m.loadBefore.toFixed(2)} on ${m.cores} cores.`;
  const share = `other processes used ${pct(m.otherLoad)} of the machine's CPU while the scenarios ran`;
  if (m.otherLoad < 0.05) return `The machine was otherwise quiet: ${share}.`;
  return (
    `**The machine was busy with other work:** ${share} (the server, PostgreSQL and autocannon had the rest), so these numbers are pessimistic. ` +
    'Rerun `pnpm bench` on a quiet machine for representative figures.'
  );
}

function workersSection(run) {
  const w = run.workers;
  return `## One process and several (TK_WORKERS)

The same load scenarios (${w.connections} connections) on a server started with \`TK_WORKERS=1\` and on one with \`TK_WORKERS=auto\` (${w.many.processes} processes on this machine), one after the other on the same database; before measuring, both answered every person's first request with the same responses. The load generator and PostgreSQL share the same cores, so the ratio stays below the number of workers: "best ratio this machine allows" is the most these cores can answer at the measured CPU cost per request (server, PostgreSQL and autocannon), divided by one worker's throughput.

${workersTable(w, { markdown: true })}

`;
}

function pgliteSection(run) {
  const p = run.pglite;
  const share =
    p.entries === run.counts.time_entries
      ? 'the same organisation'
      : `the same organisation with ${int(p.entries)} time entries instead of ${int(run.counts.time_entries)} (\`BENCH_PGLITE_ENTRIES\`)`;
  return `## The embedded database (PGlite)

The one-connection scenarios on a server without \`DATABASE_URL\`, on ${share}, seeded with the same SQL into its data directory in ${(p.seedMs / 1000).toFixed(1)} s while no server had it open. PGlite runs inside the server process and answers one query at a time, so it is measured on one connection; "DB CPU" is part of "API CPU" there.

${markdownTable(rows({ results: p.results }))}

`;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the month summary's SQL on the seeded PostgreSQL. */
function plansSection(run) {
  if (!run.plans?.length) return '';
  return `## Where the month summary's time goes

The summary reads whole UTC months from the rollup \`time_entry_months\` (one row per person, project, billable flag and month, kept by a trigger with every entry change; migration 0009) and only the hours at the ends of a range that are not whole UTC months from the entries, added or taken away (\`modules/reports/rollup-plan.ts\`): a month over all users reads one rollup row per person, project and billable flag (the plans below count them) instead of ≈ ${int(run.counts.time_entries / 12)} entries. Before the rollup, the same request read every entry of the month through \`time_entries_start_idx\` and joined each one to its project and participation for the rate: p95 552 ms under 10 connections at 1M entries, 73 ms of PostgreSQL CPU per request (the run of 2026-11-23). Groupings by day, week or month still read the entries (a caller's days are not UTC days), now summed per person, project and billable flag before the rates are joined.

EXPLAIN (ANALYZE, BUFFERS) of the service's own SQL for March, administrator's view, median of 5 runs after the scenarios:

${run.plans.map((p) => `### ${p.title}: ${ms(p.medianMs)} ms\n\n\`\`\`text\n${p.plan}\n\`\`\``).join('\n\n')}

`;
}

export function renderMarkdown(run) {
  const m = run.machine;
  const c = run.counts;
  const s = run.settings;
  const pgSettings = Object.entries(m.pgSettings)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  const gaps = run.targets
    .filter((t) => !t.met)
    .map((t) => `- **${t.target}** — missed. ${[...t.why, explain(t, run)].filter(Boolean).join(' ')}`)
    .join('\n');
  return `# Benchmark: the performance targets

Generated by \`pnpm bench\` on ${run.date.slice(0, 16).replace('T', ' ')} UTC from commit \`${run.commit}\`; the whole run took ${run.totalSeconds.toFixed(0)} s.
This file is rewritten by every run — do not edit it by hand.

## Setup

- **Machine:** ${m.cores} × ${m.cpu}, ${m.ramGb.toFixed(1)} GB RAM, Node ${m.node}; ${m.postgres} (throwaway cluster, ${pgSettings}, durability on). Server, PostgreSQL and the load generator share the machine.
- ${busyNote(m)}
- **Data:** ${int(c.users)} users (every 20th a manager, the rest with the \`user\` role), ${int(c.projects)} projects, ${int(c.participations)} participations, ${int(c.time_entries)} time entries over the 12 months of one year (≈ ${int(c.time_entries / c.users / 12)} per user and month), seeded with set-based SQL in ${(run.seedMs / 1000).toFixed(1)} s, then \`VACUUM (ANALYZE)\` (so autovacuum has nothing left to do while the scenarios run).
- **Server:** the built \`dist/server.js\` (NODE_ENV=production, LOG_LEVEL=warn, per-token rate limit lifted so the run does not measure 429s), database pool of 10 connections.
- **Load:** [autocannon](https://github.com/mcollina/autocannon) for ${s.duration} s per scenario after ${s.warmup} s of warm-up, ${s.connections} connections for the load scenarios, each connection its own person with its own session or API token. Latency percentiles are exact, from every response of the measured window. "server ms", "authn ms", "of it version read" and "authz ms" are means of the \`Server-Timing\` header over every response (see [monitoring](../admin/monitoring/README.md#server-timing)); "API CPU µs" and "DB CPU µs" are the CPU time of the server process and of all PostgreSQL processes per request.
- The p95 targets are checked under ${s.connections} connections; the authn + authz share target on one connection (what a request costs): under load the machine is saturated, so latencies and every Server-Timing phase also contain waiting for the other requests' work (each await of a request queues behind them), which pushes a phase's share towards one over the number of database round trips of the request.

## Results

${markdownTable(rows(run))}

${run.workers ? workersSection(run) : ''}${run.pglite ? pgliteSection(run) : ''}## Performance targets

| target | measured | verdict |
|---|---|---|
${run.targets.map((t) => `| ${t.target} | ${t.measured} | ${t.met ? '✅ met' : '❌ missed'} |`).join('\n')}

${gaps ? `### Gaps\n\n${gaps}\n` : 'Every target was met in this run.\n'}
${plansSection(run)}## What is measured

- **GET /health** answers after one database round trip (\`SELECT 1\`); it is the yardstick for the throughput ratio.
- **GET /users/me/permissions** resolves the caller (session cookie: JWT check, session and user from the authorization cache; token: SHA-256, token and owner from the cache, per-token rate limit), reads the authorization version (one primary-key query, every request) and answers from the cache.
- **A person's month of time entries:** \`GET /time-entries?user_id=<self>&start_date&end_date&per_page=100\` with the person's token, cycling through the twelve months (the one-connection run also through ${s.connections} people).
- **Month summary report:** \`GET /reports/summary?group_by=user\` over all users for one month (≈ ${int(c.time_entries / 12)} entries), administrator token, cycling through the months.
- **Timer:** \`POST /timer/start\` then \`POST /timer/stop\`, each connection its own person; every pair writes one time entry.
- **authn + authz share:** the Server-Timing \`authn\` (principal resolution, including the authorization-version read) plus \`authz\` (scope and permission decision) over \`total\`. Project-level checks inside the services count towards the rest of the request.
- **Token revocation:** two server processes on the same database; a token is used on B, revoked on A (\`DELETE /api-tokens/:id\`), and B is polled with it until it answers 401; ${run.revocation.trials} trials.

Reproduce: \`pnpm bench\` (needs the PostgreSQL server binaries; \`BENCH_DURATION\`, \`BENCH_WARMUP\` and \`BENCH_CONNECTIONS\` change the run's length and load, \`BENCH_PGLITE_ENTRIES\` the size of the PGlite run, \`BENCH_CPU_PROF=<dir>\` writes a CPU profile of the server).
`;
}

export function writeReport(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
