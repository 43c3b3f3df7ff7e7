/**
 * `pnpm docs:generate`: writes the generated documentation pages.
 *
 * docs/api/scopes.md — the API token scope reference, from packages/shared and the API route table
 * (the app is built on a throwaway in-memory database to read it). `tests/scope-docs.test.ts`
 * fails when the committed page differs from what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { loadRouteTable } from './routes.js';
import { renderScopeReference, SCOPE_REFERENCE_FILE } from './scope-reference.js';

const routes = await loadRouteTable();
const page = renderScopeReference(routes);
const shown = relative(process.cwd(), SCOPE_REFERENCE_FILE);
let before: string | null = null;
try {
  before = readFileSync(SCOPE_REFERENCE_FILE, 'utf8');
} catch {
  // first run: the page does not exist yet
}
if (before === page) {
  console.log(`${shown} is up to date`);
} else {
  writeFileSync(SCOPE_REFERENCE_FILE, page);
  console.log(`wrote ${shown} (${routes.length} routes)`);
}
