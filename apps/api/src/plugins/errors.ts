/**
 * The single error handler and the not-found handler. Every error leaves as
 * `{error, message, code, request_id, ...}`; 5xx details go to the log only.
 */
import { ERROR_CODES, type ErrorBody, type ErrorCode, type FieldError } from '@timekeeper/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors.js';
import { errorChain, findSqlState } from '../lib/pg-errors.js';

interface AjvError {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function fieldErrors(context: string | undefined, errors: AjvError[]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of errors) {
    let path = (e.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'required' && typeof e.params?.missingProperty === 'string') {
      path = path ? `${path}.${e.params.missingProperty}` : e.params.missingProperty;
      message = 'is required';
    } else if (e.keyword === 'additionalProperties' && typeof e.params?.additionalProperty === 'string') {
      path = path ? `${path}.${e.params.additionalProperty}` : e.params.additionalProperty;
      message = 'is not an allowed field';
    }
    const full = [context, path].filter(Boolean).join('.') || (context ?? 'request');
    const key = `${full}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: full, message });
  }
  return out;
}

/** Where a field sits, in words: `querystring.end_date` → "query parameter end_date". */
const LOCATION_WORDS: Record<string, string> = {
  body: 'field',
  querystring: 'query parameter',
  params: 'path parameter',
  headers: 'header',
};

/** The validator's wording for the common cases, in plain words for the summary message. */
const FORMAT_WORDS: Record<string, string> = {
  date: 'a date (YYYY-MM-DD)',
  'date-time': 'a date and time with a time zone (RFC 3339)',
  email: 'an email address',
};

function plainRule(message: string): string {
  const format = /^must match format "([^"]+)"$/.exec(message);
  if (format) return FORMAT_WORDS[format[1]!] ? `must be ${FORMAT_WORDS[format[1]!]}` : message;
  if (message === 'must be integer') return 'must be a whole number';
  if (message === 'must NOT have fewer than 1 characters') return 'must not be empty';
  return message.replace(/^must NOT have (fewer|more) than (\d+) characters$/, (_m, side: string, n: string) =>
    side === 'fewer' ? `must have at least ${n} characters` : `must have at most ${n} characters`,
  );
}

/**
 * The summary `message` of a validation error: the first problem, its field named with where it
 * sits ("The query parameter end_date must be a date (YYYY-MM-DD)"); `errors` keeps every problem
 * with its path (docs/api/README.md#errors).
 */
function validationMessage(errors: FieldError[]): string {
  const first = errors[0];
  if (!first) return 'Invalid request';
  const [location = '', ...rest] = first.path.split('.');
  const where = LOCATION_WORDS[location] && rest.length > 0 ? `The ${LOCATION_WORDS[location]} ${rest.join('.')}` : first.path;
  return `${where} ${plainRule(first.message)}` + (errors.length > 1 ? ` (and ${errors.length - 1} more)` : '');
}

/**
 * PostgreSQL data exceptions (SQLSTATE class 22) that input can cause even after validation, e.g.
 * an invoice whose lines multiply to more than its numeric columns hold. They are the client's to
 * fix, so they answer 400/422 with the one error body (docs/api/README.md, "Errors"), never a
 * 500; the detail goes to the log only.
 * drizzle wraps the driver's error (pg or PGlite) in `cause`, sometimes more than once.
 */
const DATA_EXCEPTIONS: Record<string, { code: ErrorCode; message: string }> = {
  '22003': { code: 'unprocessable', message: 'A number in the request, or one computed from it, is larger than can be stored' },
  '22008': { code: 'unprocessable', message: 'A date or time in the request is out of the range that can be stored' },
  '22007': { code: 'bad_request', message: 'A date or time in the request is not valid' },
  '22P02': { code: 'bad_request', message: 'A value in the request has the wrong format' },
  '22021': { code: 'bad_request', message: 'A text value in the request contains characters that cannot be stored' },
  '22P05': { code: 'bad_request', message: 'A text value in the request contains characters that cannot be stored' },
};

function dataException(err: unknown): { code: ErrorCode; message: string } | null {
  const hit = findSqlState(err, (code) => code in DATA_EXCEPTIONS);
  return hit ? DATA_EXCEPTIONS[hit.code]! : null;
}

/**
 * The database is unreachable or shutting down (connection refused or reset, SQLSTATE class 08,
 * 57P01–57P03): the request did not happen, and retrying later will work, so 503 with
 * Retry-After, not a 500. Readiness (`GET /health`) answers 503 meanwhile too.
 */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03']);

function databaseUnavailable(err: unknown): boolean {
  for (const { code, message } of errorChain(err)) {
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && /^Connection terminated|^Client has encountered a connection error/.test(message)) return true;
  }
  return false;
}

function statusToCode(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 405:
      return 'method_not_allowed';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 422:
      return 'unprocessable';
    case 429:
      return 'rate_limited';
    case 503:
      return 'service_unavailable';
    default:
      return status >= 500 ? 'internal_error' : 'bad_request';
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The error code and message this request was answered with (the refusal audit reads them). */
    errorCode: ErrorCode | null;
    errorMessage: string | null;
  }
}

export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
  status?: number,
) {
  request.errorCode = code;
  request.errorMessage = message;
  const body: ErrorBody = { error: ERROR_CODES[code].error, message, code, request_id: String(request.id), ...extra };
  return reply
    .status(status ?? ERROR_CODES[code].status)
    .type('application/json; charset=utf-8')
    .send(body);
}

function handleError(error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (Object.keys(error.headers).length > 0) reply.headers(error.headers);
    // An AppError may override the title (e.g. "Invalid credentials" under code unauthorized).
    const { error: title, ...rest } = error.extra as { error?: string };
    return sendError(reply, request, error.code, error.message, { ...rest, ...(title ? { error: title } : {}) });
  }
  const fe = error as FastifyError & { validation?: AjvError[]; validationContext?: string };
  if (fe.validation) {
    const errors = fieldErrors(fe.validationContext, fe.validation);
    return sendError(reply, request, 'validation_error', validationMessage(errors), { errors });
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendError(
        reply,
        request,
        'bad_request',
        fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'The request body is empty but Content-Type is application/json'
          : 'The request body is not valid JSON',
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendError(reply, request, 'payload_too_large', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendError(reply, request, 'unsupported_media_type', 'Send JSON with Content-Type: application/json');
    default:
      break;
  }
  const data = dataException(error);
  if (data) {
    request.log.warn({ err: error }, 'request refused by the database as a data exception');
    return sendError(reply, request, data.code, data.message);
  }
  if (databaseUnavailable(error)) {
    request.log.error({ err: error }, 'request failed: the database is unavailable');
    reply.header('Retry-After', '5');
    return sendError(reply, request, 'service_unavailable', 'The database is temporarily unavailable; try again shortly');
  }
  const status = typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 600 ? fe.statusCode : 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    const code = statusToCode(status);
    return sendError(
      reply,
      request,
      code,
      code === 'service_unavailable'
        ? 'The service is temporarily unavailable'
        : 'An unexpected error occurred; quote the request_id when reporting it',
      {},
      status,
    );
  }
  // Other 4xx raised by Fastify or a plugin: their messages are written for clients.
  return sendError(reply, request, statusToCode(status), fe.message, {}, status);
}

export default fp(
  async function errorsPlugin(app: FastifyInstance) {
    app.decorateRequest('errorCode', null);
    app.decorateRequest('errorMessage', null);
    app.setErrorHandler(handleError);
  },
  { name: 'errors' },
);
