/**
 * `pnpm docs:generate`: writes the generated documentation pages from one route table.
 *
 * docs/api/scopes.md — the API token scope reference, from packages/shared and the API route table
 * (the app is built on a throwaway in-memory database to read it). `tests/scope-docs.test.ts`
 * fails when the committed page differs from what this writes.
 *
 * docs/development/access-matrix.md — route → access → permission → scope → project level →
 * system roles (`access-matrix.ts`); `tests/access-matrix-docs.test.ts` is its drift test.
 *
 * apps/web/src/lib/api/openapi.gen.ts — the web's wire types, from the OpenAPI document
 * (`api-types.ts`); `tests/api-types.test.ts` is its drift test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ACCESS_MATRIX_FILE, renderAccessMatrix } from './access-matrix.js';
import { API_TYPES_FILE, renderApiTypes } from './api-types.js';
import { loadOpenApiDocument, loadRouteTable } from './routes.js';
import { renderScopeReference, SCOPE_REFERENCE_FILE } from './scope-reference.js';

const routes = await loadRouteTable();
const pages: [file: string, text: string][] = [
  [SCOPE_REFERENCE_FILE, renderScopeReference(routes)],
  [ACCESS_MATRIX_FILE, renderAccessMatrix(routes)],
  [API_TYPES_FILE, await renderApiTypes(await loadOpenApiDocument())],
];
for (const [file, page] of pages) {
  const shown = relative(process.cwd(), file);
  let before: string | null = null;
  try {
    before = readFileSync(file, 'utf8');
  } catch {
    // first run: the page does not exist yet
  }
  if (before === page) {
    console.log(`${shown} is up to date`);
  } else {
    writeFileSync(file, page);
    console.log(`wrote ${shown} (${routes.length} routes)`);
  }
}
