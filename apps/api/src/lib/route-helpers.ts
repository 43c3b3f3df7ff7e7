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

/** What `csvDownload` uses of a reply. */
interface CsvReply<Sent> {
  type(contentType: string): CsvReply<Sent>;
  header(name: string, value: string): CsvReply<Sent>;
  send(payload: string): Sent;
}

/**
 * Answers with a CSV file to download as `filename`; never cached, as it holds the caller's view of
 * the data: `async (request, reply) => csvDownload(reply, file.filename, file.csv)`.
 */
export function csvDownload<Sent>(reply: CsvReply<Sent>, filename: string, csv: string): Sent {
  return reply
    .type('text/csv; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${filename}"`)
    .header('Cache-Control', 'no-store')
    .send(csv);
}
