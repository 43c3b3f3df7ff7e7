/**
 * One server process against several (TK_WORKERS, docs/admin/deployment): the same scenarios —
 * a person's month of entries and GET /users/me/permissions, under the load connections — on a
 * server started with TK_WORKERS=1 and on one started with TK_WORKERS=auto, one after the other
 * on the same database, with the throughput ratio. Before measuring, both answer the same
 * requests and the answers are compared: more throughput must not mean other responses.
 */
import { request } from 'node:http';
import { cpus } from 'node:os';
import { measure } from './measure.mjs';
import { scenarios } from './scenarios.mjs';
import { startServer } from './server.mjs';

const KEYS = ['month_entries', 'permissions_token'];

/** GET over a connection of its own (the cluster gives each new connection to the next worker). */
function fresh(baseUrl, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { agent: false, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, worker: res.headers['x-timekeeper-worker'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** How many processes answer: distinct X-Timekeeper-Worker values over new connections. */
async function countWorkers(baseUrl) {
  const seen = new Set();
  for (let i = 0; i < 40; i++) seen.add((await fresh(baseUrl, '/api/v1/health')).worker);
  return seen.size;
}

/** Each scenario's first requests of every person, answered by `baseUrl` (bodies as text). */
async function answers(baseUrl, list) {
  const out = [];
  for (const scenario of list)
    for (let i = 0; i < scenario.connections; i++) {
      const [first] = scenario.requestsFor(i);
      const res = await fresh(baseUrl, first.path, first.headers);
      out.push(`${scenario.key} ${first.path} ${res.status} ${res.body}`);
    }
  return out;
}

/**
 * `people`, `adminToken`: signed in beforehand (tokens live in the database, so they work on both
 * servers). Resolves with both runs and the ratio per scenario.
 */
export async function compareWorkers({ apiRoot, databaseUrl, secret, people, adminToken, connections, duration, warmup, dbPid, say }) {
  const runs = [];
  let reference = null;
  for (const workers of ['1', 'auto']) {
    const server = await startServer(apiRoot, {
      name: `workers-${workers}`,
      databaseUrl,
      secret,
      env: { TK_WORKERS: workers, TK_WORKER_HEADER: '1' },
    });
    try {
      const processes = await countWorkers(server.baseUrl);
      const list = scenarios({ baseUrl: server.baseUrl, people, adminToken, connections }).filter((s) => KEYS.includes(s.key));
      const seen = await answers(server.baseUrl, list);
      if (reference === null) reference = seen;
      const same = seen.length === reference.length && seen.every((a, i) => a === reference[i]);
      if (!same) throw new Error(`TK_WORKERS=${workers} answered differently from one worker`);
      say(`TK_WORKERS=${workers}: ${processes} process${processes === 1 ? '' : 'es'} answering, same responses as one worker`);
      const results = {};
      for (const scenario of list) {
        const r = await measure(server.baseUrl, {
          connections: scenario.connections,
          duration,
          warmup,
          requestsFor: scenario.requestsFor,
          pids: { api: server.pid, db: dbPid },
          // The workers are the primary's children.
          apiChildren: true,
        });
        results[scenario.key] = { title: scenario.title, ...r };
        say(
          `TK_WORKERS=${workers}, ${scenario.title}: ${r.rps.toFixed(0)} req/s, p95 ${r.p95.toFixed(1)} ms${r.failed ? `, ${r.failed} failed` : ''}`,
        );
      }
      runs.push({ setting: workers, processes, results });
    } finally {
      await server.stop();
    }
  }
  const [one, many] = runs;
  const ratios = Object.fromEntries(KEYS.map((k) => [k, many.results[k].rps / one.results[k].rps]));
  const ceilings = Object.fromEntries(KEYS.map((k) => [k, ceiling(one.results[k], many.results[k], many.processes)]));
  const machineMax = Object.fromEntries(KEYS.map((k) => [k, machineRps(many.results[k])]));
  return { one, many, ratios, ceilings, machineMax, connections, cores: cpus().length };
}

/**
 * The best ratio this machine allows, from the CPU each request costs in the run with several
 * workers: the server, PostgreSQL and the load generator share the cores, so the machine answers
 * at most cores ÷ (API + DB + load CPU per request) per second, and no more than `processes` ×
 * what one worker answered. NaN where the CPU could not be read (not Linux).
 */
function ceiling(one, many, processes) {
  return Math.min(processes, machineRps(many) / one.rps);
}

/** The most requests per second the cores can answer at a run's CPU cost per request (server, PostgreSQL, load generator). */
function machineRps(run) {
  return (cpus().length * 1e6) / (run.cpu.api + run.cpu.db + run.cpu.load);
}

/** The comparison as a console / Markdown table. */
export function workersTable(cmp, { markdown = false } = {}) {
  const head = [
    'scenario',
    `1 worker req/s`,
    `${cmp.many.processes} workers (auto) req/s`,
    'ratio',
    'p95 1 → auto (ms)',
    'CPU µs per request at auto: API + DB + load generator',
    'best ratio this machine allows',
  ];
  const us = (v) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en') : '–');
  const body = KEYS.map((k) => {
    const a = cmp.one.results[k];
    const b = cmp.many.results[k];
    const best = cmp.ceilings?.[k];
    return [
      a.title,
      a.rps.toFixed(0),
      b.rps.toFixed(0),
      `${cmp.ratios[k].toFixed(2)}×`,
      `${a.p95.toFixed(1)} → ${b.p95.toFixed(1)}`,
      `${us(b.cpu.api)} + ${us(b.cpu.db)} + ${us(b.cpu.load)}`,
      Number.isFinite(best) ? `${best.toFixed(2)}×` : '–',
    ];
  });
  if (markdown) return [head, head.map(() => '---'), ...body].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => r[i].length)));
  return [head, ...body].map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n');
}
