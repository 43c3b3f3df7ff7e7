/**
 * Shared schema atoms. Name a shape once here; routes compose them.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from './pagination.js';

export const ErrorResponse = Type.Object(
  {
    error: Type.String(),
    message: Type.String(),
    code: Type.String(),
    request_id: Type.String(),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
    required_scope: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    available_scopes: Type.Optional(Type.Array(Type.String())),
    required_permission: Type.Optional(Type.String()),
  },
  { additionalProperties: true, description: 'The error body every error shares' },
);

/** Standard error responses to list in a route's `response` schema. */
export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorResponse]));
}

/** A route's `response` when it answers 200 with `body`, or the error body for each of `errors`: `ok(Client, 400, 401, 403, 404)`. */
export function ok<Body extends TSchema>(body: Body, ...errors: number[]) {
  return { 200: body, ...errorResponses(...errors) };
}

/** A route's `response` when it answers 201 with `body`, or the error body for each of `errors`. */
export function created<Body extends TSchema>(body: Body, ...errors: number[]) {
  return { 201: body, ...errorResponses(...errors) };
}

export const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });
export const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
export const IsoDateTime = Type.String({ format: 'date-time' });

export const PaginationQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
  per_page: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE })),
};
/** A list query's filters: the query without its page and per_page. */
export type FilterOf<Query extends TSchema> = Omit<Static<Query>, keyof typeof PaginationQuery>;

export const Pagination = Type.Object({
  page: Type.Integer(),
  per_page: Type.Integer(),
  total: Type.Integer(),
  pages: Type.Integer(),
});

/** A string from a fixed vocabulary (e.g. the shared catalogs), typed as that union. */
export function StringEnum<T extends string>(values: readonly T[], options: { description?: string; default?: T } = {}) {
  return Type.Unsafe<T>({ type: 'string', enum: [...values], ...options });
}
