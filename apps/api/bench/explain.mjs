/**
 * Where the month summary's time goes: EXPLAIN (ANALYZE, BUFFERS) of the service's own SQL on the
 * seeded database (explain-summary.ts, run with tsx), for the report.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** [{ title, medianMs, plan }], or [] with the reason on stderr when it could not run. */
export async function explainSummary(apiRoot, databaseUrl) {
  try {
    const { stdout } = await promisify(execFile)(join(apiRoot, 'node_modules/.bin/tsx'), ['bench/explain-summary.ts', databaseUrl], {
      cwd: apiRoot,
      maxBuffer: 10 * 1024 * 1024,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1));
  } catch (err) {
    console.error(`bench: EXPLAIN of the summary failed: ${err.message}`);
    return [];
  }
}
