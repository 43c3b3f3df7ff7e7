#!/usr/bin/env node
// `pnpm test`: build what the browser tests need, run every vitest project once, print one
// plain summary line ("N passed, N failed, N skipped"), and — with CI=true — fail on any skip:
// in CI the PostgreSQL and browser suites must run, not be skipped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const passthrough = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));

function run(cmd, args, env = process.env) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', env });
  return res.status ?? 1;
}

if (!process.env.TK_SKIP_BUILD) {
  const status = run('pnpm', ['build']);
  if (status !== 0) {
    console.error('pnpm test: the build failed; not running the suite.');
    process.exit(status);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'tk-vitest-'));
const report = join(dir, 'report.json');
const status = run('pnpm', [
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...passthrough,
]);

let summary;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  summary = {
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    skipped: json.numPendingTests + json.numTodoTests,
    total: json.numTotalTests,
    failedSuites: json.numFailedTestSuites,
  };
} catch {
  summary = null;
}
rmSync(dir, { recursive: true, force: true });

if (!summary) {
  console.error('pnpm test: no test report was written.');
  process.exit(status || 1);
}
console.log(`\n${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
if (summary.total === 0) {
  console.error('pnpm test: no test ran.');
  process.exit(1);
}
if (ci && summary.skipped > 0) {
  console.error(`pnpm test: CI=true but ${summary.skipped} test(s) were skipped; in CI everything must run.`);
  process.exit(1);
}
process.exit(status !== 0 ? status : summary.failed > 0 || summary.failedSuites > 0 ? 1 : 0);
