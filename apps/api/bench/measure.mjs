/**
 * One autocannon run, measured from the client and from the server:
 * - every response's latency (exact p50/p95/p99 from the raw samples, not the histogram buckets);
 * - every response's Server-Timing header, summed per phase (authn, authz, total);
 * - status codes, so a scenario that answers errors is visible instead of fast;
 * - CPU time of the server process, of PostgreSQL (`pids.api`, `pids.db`) and of the load generator
 *   (this process) per request.
 */
import autocannon from 'autocannon';
import { cpuMillis } from './cpu.mjs';

const TIMING = /([\w-]+);dur=([\d.]+)/g;

function parseServerTiming(value) {
  const out = {};
  for (const m of String(value).matchAll(TIMING)) out[m[1]] = Number(m[2]);
  return out;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

/**
 * Runs `requestsFor(i)` (the request list of connection i, cycled) on `connections` connections
 * for `duration` seconds; `warmup` seconds first, not counted. `before` runs ahead of each.
 * `apiChildren`: the server's CPU includes its child processes (the workers of TK_WORKERS).
 */
export async function measure(baseUrl, { connections, duration, warmup = 0, requestsFor, before, pids = {}, apiChildren = false }) {
  if (warmup > 0) {
    await before?.();
    await run(baseUrl, { connections, duration: warmup, requestsFor });
    // autocannon does not wait for the requests in flight when it stops: let them land first.
    await new Promise((r) => setTimeout(r, 300));
  }
  await before?.();
  // "load": this process, where autocannon runs: the load generator's own cost shares the cores.
  const cpu = () => ({
    api: cpuMillis(pids.api, { children: apiChildren }),
    db: cpuMillis(pids.db, { children: true }),
    load: (({ user, system }) => (user + system) / 1000)(process.cpuUsage()),
  });
  const cpuBefore = cpu();
  const result = await run(baseUrl, { connections, duration, requestsFor });
  const cpuAfter = cpu();
  // CPU microseconds per request (the before hook's few requests are outside the window).
  // A process that exits between the two reads and is not yet reaped is counted in the first only
  // (an autovacuum worker after the writes, say): a negative difference is not a measurement (–).
  const perRequest = (k) => {
    if (cpuBefore[k] === null || cpuAfter[k] < cpuBefore[k]) return NaN;
    return ((cpuAfter[k] - cpuBefore[k]) * 1000) / result.requests;
  };
  return { ...result, cpu: { api: perRequest('api'), db: perRequest('db'), load: perRequest('load') } };
}

async function run(baseUrl, { connections, duration, requestsFor }) {
  const latencies = [];
  const statuses = {};
  const timing = { samples: 0, authn: 0, version: 0, authz: 0, total: 0 };
  let next = 0;
  const started = performance.now();
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration,
    // Each connection gets its own request list: its own user, token or session.
    setupClient(client) {
      client.setRequests(requestsFor(next++));
      client.on('headers', ({ headers }) => {
        for (let i = 0; i < headers.length; i += 2) {
          if (String(headers[i]).toLowerCase() !== 'server-timing') continue;
          const t = parseServerTiming(headers[i + 1]);
          if (t.total === undefined) continue;
          timing.samples++;
          timing.authn += t.authn ?? 0;
          timing.version += t['authn-version'] ?? 0;
          timing.authz += t.authz ?? 0;
          timing.total += t.total;
        }
      });
    },
  });
  instance.on('response', (_client, status, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const ok = Object.entries(statuses).reduce((n, [s, c]) => (s >= 200 && s < 300 ? n + c : n), 0);
  return {
    connections,
    duration: result.duration ?? seconds,
    requests: latencies.length,
    rps: latencies.length / (result.duration ?? seconds),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statuses,
    errors: result.errors + result.timeouts,
    failed: latencies.length - ok + result.errors + result.timeouts,
    timing: {
      samples: timing.samples,
      authn: timing.samples ? timing.authn / timing.samples : NaN,
      version: timing.samples ? timing.version / timing.samples : NaN,
      authz: timing.samples ? timing.authz / timing.samples : NaN,
      total: timing.samples ? timing.total / timing.samples : NaN,
      share: timing.total ? (timing.authn + timing.authz) / timing.total : NaN,
      /** The share if the authorization-version read were not made per request. */
      shareWithoutVersion: timing.total ? (timing.authn - timing.version + timing.authz) / (timing.total - timing.version) : NaN,
    },
  };
}
