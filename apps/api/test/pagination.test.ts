/**
 * `paginate` (lib/pagination.ts) fetches first and counts only when the page cannot tell. Whatever
 * it skips, its answer must be the one of counting first: the same rows, total and pages, and
 * the same 400 for a page past the end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../src/lib/errors.js';
import { paginate } from '../src/lib/pagination.js';

/** The rule as it reads: count, refuse a page past the end, fetch. */
function countedFirst(rows: number[], page: number, perPage: number) {
  const total = rows.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (page > pages) return { refused: `page ${page} is out of range: there ${pages === 1 ? 'is 1 page' : `are ${pages} pages`}` };
  return { items: rows.slice((page - 1) * perPage, page * perPage), pagination: { page, per_page: perPage, total, pages } };
}

describe('paginate', () => {
  it('answers as if it had counted first, and counts only for a full page or an empty one past the first', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 40 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 10 }), async (n, page, perPage) => {
        const rows = Array.from({ length: n }, (_, i) => i);
        let counted = 0;
        const count = async () => {
          counted += 1;
          return rows.length;
        };
        const fetch = async (limit: number, offset: number) => rows.slice(offset, offset + limit);
        const expected = countedFirst(rows, page, perPage);
        const got = await paginate({ page, perPage }, count, fetch).catch((err: unknown) => {
          if (err instanceof AppError && err.code === 'bad_request') return { refused: err.message };
          throw err;
        });
        expect(got).toEqual(expected);
        const shown = rows.slice((page - 1) * perPage, page * perPage).length;
        const mustCount = shown === perPage || (shown === 0 && page > 1);
        expect(counted).toBe(mustCount ? 1 : 0);
      }),
      { numRuns: 500 },
    );
  });
});
