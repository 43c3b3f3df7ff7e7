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

/**
 * Waits for `done` (a delete, a revocation), then answers 204 with no body:
 * `async (request, reply) => noContent(reply, deleteTask(app.db, actorFrom(request), request.params.id))`.
 */
export async function noContent<Sent>(
  reply: { status(code: 204): { send(payload: null): Sent } },
  done: Promise<unknown>,
): Promise<NoInfer<Sent>> {
  await done;
  return reply.status(204).send(null);
}
