/**
 * Prints, as JSON, EXPLAIN (ANALYZE, BUFFERS) of the SQL the month summary report sends (the
 * service itself builds it: modules/reports/reports.service.ts) for the benchmark's month of
 * March, grouped by person: read from the rollup in UTC, from the rollup plus the ragged ends
 * in Asia/Kolkata (+05:30), and grouped by month (the entries themselves).
 * Run by explain.mjs with tsx: `tsx bench/explain-summary.ts <DATABASE_URL>`.
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { type Actor, systemActor } from '../src/lib/actor.js';
import * as schema from '../src/db/schema/index.js';
import type { Db } from '../src/db/client.js';
import { summaryReport } from '../src/modules/reports/reports.service.js';

const url = process.argv[2];
if (!url) throw new Error('usage: explain-summary.ts <DATABASE_URL>');
const pool = new pg.Pool({ connectionString: url, max: 1 });
const seen: { query: { sql: string; params: unknown[] } | null } = { query: null };
const db = drizzle(pool, {
  schema,
  casing: 'snake_case',
  logger: {
    logQuery: (sql, params) => {
      if (sql.includes(' "g" ')) seen.query = { sql, params };
    },
  },
}) as unknown as Db;
// An administrator's view: every project, every person's time.
const base = systemActor();
const admin: Actor = { ...base, account: { ...base.account, permissions: new Set([...base.account.permissions, 'view_all_reports']) } };

const cases = [
  { title: 'grouped by person, UTC (the rollup)', group_by: 'user', tz: 'UTC' },
  { title: 'grouped by person, Asia/Kolkata (the rollup and the ends of the range)', group_by: 'user', tz: 'Asia/Kolkata' },
  { title: 'grouped by month, UTC (the entries)', group_by: 'month', tz: 'UTC' },
] as const;
const out = [];
for (const c of cases) {
  seen.query = null;
  await summaryReport(db, admin, { start_date: '2025-03-01', end_date: '2025-03-31', group_by: c.group_by, tz: c.tz });
  if (!seen.query) throw new Error('the summary query was not seen');
  const { sql, params } = seen.query;
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const res = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    runs.push((res.rows as Record<string, string>[]).map((r) => r['QUERY PLAN']).join('\n'));
  }
  const time = (plan: string) => Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? NaN);
  runs.sort((a, b) => time(a) - time(b));
  out.push({ title: c.title, medianMs: time(runs[2]!), plan: runs[2] });
}
await pool.end();
console.log(JSON.stringify(out));
