/**
 * Wire types by route, read from the generated OpenAPI types (`openapi.gen.ts`).
 *
 *   type Project = ApiData<'/projects/{id}', 'get'>;          // the 200/201 answer
 *   type NewProject = ApiBody<'/projects', 'post'>;           // the request body
 *   type ProjectsQuery = ApiQuery<'/projects', 'get'>;        // the query string
 *
 * Features name the shapes they use with these aliases instead of writing them by hand.
 */
import type { paths } from './openapi.gen';

export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON a route answers with on success (200, else 201). */
export type ApiData<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer Ok }
      ? JsonOf<Ok>
      : R extends { 201: infer Created }
        ? JsonOf<Created>
        : never
    : never;

/** The JSON body a route accepts. */
export type ApiBody<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** The query parameters a route accepts. */
export type ApiQuery<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** One item of a list answer (`{ items: […] }` or a plain array). */
export type ItemOf<List> = List extends { items: (infer I)[] } ? I : List extends (infer I)[] ? I : never;
