/**
 * Small pieces the route files share, so that a route declaration states only what is its own.
 */
import { pageFrom, type Page } from './pagination.js';

/**
 * A list query split into the service's filter (the query without `page` and `per_page`, typed as
 * `FilterOf<typeof …Query>`) and the page it asks for: `listClients(db, actor, ...filterAndPage(request.query))`.
 */
export function filterAndPage<Query extends { page?: number; per_page?: number }>(query: Query): [Omit<Query, 'page' | 'per_page'>, Page] {
  const { page, per_page, ...filter } = query;
  return [filter, pageFrom({ page, per_page })];
}
