/**
 * How responses are written: fast-json-stringify, from each route's response schema, as Fastify
 * does by default, with one change to the schema it is given (the OpenAPI document keeps the
 * route's own). A nullable scalar — TypeBox `Union([X, Null()])`, JSON Schema `anyOf` — would make
 * it run Ajv on every such value, against each option in turn, to choose how to write it (a
 * date-time format check for every `end_time` of a list). As `type: [X's type, 'null']` it is
 * written after a `typeof` check. Objects and other unions are left as they are.
 */
import type { FastifySerializerCompiler } from 'fastify';
import fastJson, { type Schema } from 'fast-json-stringify';

type JsonSchema = Record<string, unknown>;

const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);

const isNull = (s: JsonSchema) => s.type === 'null' && Object.keys(s).every((k) => k === 'type' || k === 'description');

/** The one scalar type of a schema, or of every option of a union of scalars of one type (literal unions). */
function scalarType(s: JsonSchema): string | null {
  if (typeof s.type === 'string') return SCALARS.has(s.type) && !('anyOf' in s) && !('oneOf' in s) ? s.type : null;
  if (!Array.isArray(s.anyOf) || s.anyOf.length === 0) return null;
  const types = new Set((s.anyOf as JsonSchema[]).map(scalarType));
  return types.size === 1 ? [...types][0]! : null;
}

/** `anyOf: [X, null]` with X a scalar (or a union of literals of one type) → X's keywords with `type: [t, 'null']`. */
function nullableScalar(s: JsonSchema): JsonSchema | null {
  const options = s.anyOf;
  if (!Array.isArray(options) || options.length !== 2) return null;
  const nulls = (options as JsonSchema[]).filter(isNull);
  if (nulls.length !== 1) return null;
  const value = (options as JsonSchema[]).find((o) => !isNull(o))!;
  const type = scalarType(value);
  if (type === null) return null;
  const { anyOf: _anyOf, ...siblings } = s;
  const format = typeof value.format === 'string' ? { format: value.format } : {};
  return { ...siblings, ...format, type: [type, 'null'] };
}

/** A copy of `schema` with every nullable scalar written as a type list; everything else as it was. */
export function writingSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(writingSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const s = schema as JsonSchema;
  const rewritten = nullableScalar(s);
  if (rewritten) return rewritten;
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, writingSchema(v)]));
}

export const serializerCompiler: FastifySerializerCompiler<unknown> = ({ schema }) => {
  const stringify = fastJson(writingSchema(schema) as Schema);
  return (data: unknown) => stringify(data);
};
