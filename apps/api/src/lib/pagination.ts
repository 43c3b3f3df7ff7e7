/**
 * `{<resource>: [...], pagination: {page, per_page, total, pages}}` for every list.
 */
import { sql } from 'drizzle-orm';
import { badRequest } from './errors.js';

export interface Page {
  page: number;
  perPage: number;
}

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 100;

export function pageFrom(query: { page?: number; per_page?: number }): Page {
  return { page: query.page ?? 1, perPage: query.per_page ?? DEFAULT_PER_PAGE };
}

export interface Paginated<T> {
  items: T[];
  pagination: { page: number; per_page: number; total: number; pages: number };
}

/** `select(countColumn)` counts the rows of a query (joins included); `countOf` reads that count. */
export const countColumn = { n: sql<number>`count(*)::int` };
export async function countOf(rows: PromiseLike<{ n: number }[]>): Promise<number> {
  return (await rows)[0]?.n ?? 0;
}

/**
 * Fetches the page, then counts only when the page cannot tell: a page with rows that is not full
 * is the last one (total = the rows before it + its own), and an empty first page means none. A
 * full page, or an empty one past the first, is counted; a page past the end is refused (400).
 */
export async function paginate<T>(
  page: Page,
  count: () => Promise<number>,
  fetch: (limit: number, offset: number) => Promise<T[]>,
): Promise<Paginated<T>> {
  const offset = (page.page - 1) * page.perPage;
  const items = await fetch(page.perPage, offset);
  const lastPage = items.length < page.perPage && (items.length > 0 || page.page === 1);
  const total = lastPage ? offset + items.length : await count();
  const pages = Math.max(1, Math.ceil(total / page.perPage));
  if (page.page > pages) throw badRequest(`page ${page.page} is out of range: there ${pages === 1 ? 'is 1 page' : `are ${pages} pages`}`);
  return { items, pagination: { page: page.page, per_page: page.perPage, total, pages } };
}
