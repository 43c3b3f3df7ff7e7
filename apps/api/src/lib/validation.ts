/**
 * Request validation. Bodies are validated strictly: no type coercion and unknown fields rejected
 * (Fastify's default Ajv strips them silently). Query strings, params and headers coerce, since
 * they arrive as text. No string anywhere in the input may hold a NUL character or an unpaired UTF-16
 * surrogate: PostgreSQL stores neither (text refuses 0x00, jsonb refuses both), so such a value
 * would otherwise fail at the database as a 500 instead of answering 400 naming the field.
 */
import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

// multipleOfPrecision: money like 19.99 is a multiple of 0.01 despite binary floating point.
const common: Options = {
  allErrors: true,
  removeAdditional: false,
  useDefaults: true,
  strict: false,
  addUsedSchema: false,
  multipleOfPrecision: 6,
};

/**
 * ajv-formats' date and date-time accept the year 0000 (and offsets that move an instant into it or
 * past 9999), which PostgreSQL (no year 0) refuses with "date/time field value out of range": such
 * a date must be a 400, not a 500 at the database. Dates and instants stay within 0001–9999 (UTC).
 */
const FIRST = Date.parse('0001-01-01T00:00:00Z');
const LAST = Date.parse('9999-12-31T23:59:59.999Z');
const storable = (value: string) => {
  const at = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return at >= FIRST && at <= LAST;
};

function withStorableDates(ajv: Ajv): Ajv {
  for (const name of ['date', 'date-time'] as const) {
    const format = ajv.formats[name] as { validate: (value: string) => boolean; compare?: (a: string, b: string) => number | undefined };
    ajv.addFormat(name, {
      type: 'string',
      validate: (value: string) => format.validate(value) && storable(value),
      compare: format.compare,
    });
  }
  return ajv;
}

const bodyAjv = withStorableDates(addFormats(new Ajv({ ...common, coerceTypes: false })));
const textAjv = withStorableDates(addFormats(new Ajv({ ...common, coerceTypes: 'array' })));

// NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The JSON-pointer path of the first string (value or object key) PostgreSQL cannot store, or null. */
export function unstorableStringPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = unstorableStringPath(item, `${path}/${i}`);
      if (found !== null) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (UNSTORABLE.test(key)) return `${path}/${key.replace(UNSTORABLE, '?')}`;
      const found = unstorableStringPath(item, `${path}/${key}`);
      if (found !== null) return found;
    }
  }
  return null;
}

interface Validator {
  (data: unknown): boolean;
  errors?: FastifySchemaValidationError[] | null;
}

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : textAjv;
  const validate = ajv.compile(schema as object);
  const checked: Validator = (data) => {
    if (!validate(data)) {
      checked.errors = validate.errors as FastifySchemaValidationError[];
      return false;
    }
    const path = unstorableStringPath(data);
    if (path !== null) {
      checked.errors = [
        {
          instancePath: path,
          schemaPath: '#',
          keyword: 'unstorable',
          params: {},
          message: 'must not contain NUL characters or unpaired UTF-16 surrogates',
        },
      ];
      return false;
    }
    checked.errors = null;
    return true;
  };
  return checked;
};
