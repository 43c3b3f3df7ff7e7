/**
 * apps/web/src/lib/api/openapi.gen.ts is generated (`pnpm docs:generate`) from the OpenAPI document
 * the API serves. This test renders it the same way and fails when the committed file differs, so
 * the web's wire types never drift from the API's TypeBox schemas.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_TYPES_FILE, renderApiTypes } from '../scripts/docs/api-types.js';
import { firstDifference } from '../scripts/docs/first-difference.js';
import { loadOpenApiDocument } from '../scripts/docs/routes.js';

describe('apps/web/src/lib/api/openapi.gen.ts', () => {
  let expected: string;
  beforeAll(async () => {
    // Builds the whole API on an in-memory PGlite database: a few seconds.
    expected = await renderApiTypes(await loadOpenApiDocument());
  }, 120_000);

  it('is what pnpm docs:generate writes from the API’s OpenAPI document (byte for byte)', () => {
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    expect(committed === expected, `openapi.gen.ts is out of date: run pnpm docs:generate${firstDifference(committed, expected)}`).toBe(
      true,
    );
  });

  it('covers every API route the web can call', () => {
    expect(expected).toContain("'/time-entries': {");
    expect(expected).toContain("'/participations/{id}': {");
    expect(expected).not.toContain("'/api/v1/");
  });
});
