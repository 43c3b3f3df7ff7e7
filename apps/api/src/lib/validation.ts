/**
 * Request validation. Bodies are validated strictly: no type coercion and unknown fields rejected
 * (Fastify's default Ajv strips them silently). Query strings, params and headers coerce, since
 * they arrive as text.
 */
import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

// multipleOfPrecision: money like 19.99 is a multiple of 0.01 despite binary floating point.
const common: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false, addUsedSchema: false, multipleOfPrecision: 6 };

const bodyAjv = addFormats(new Ajv({ ...common, coerceTypes: false }));
const textAjv = addFormats(new Ajv({ ...common, coerceTypes: 'array' }));

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : textAjv;
  return ajv.compile(schema as object);
};
