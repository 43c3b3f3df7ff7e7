/**
 * The one way the SPA talks to the API (docs/development/README.md#one-contract).
 *
 * `api` is an openapi-fetch client over the types generated from the API's OpenAPI document
 * (`lib/api/openapi.gen.ts`): paths, parameters, bodies and answers are checked by the compiler.
 * `ok(api.GET(…))` gives the answer's data; every failure is thrown as an `ApiError`.
 *
 * - every path is relative to the API base (`/api/v1` by default, same origin as the SPA);
 * - the session cookie travels with `credentials: 'same-origin'`;
 * - state-changing requests carry `X-CSRF-Token` once the token is known (docs/api/authentication.md#csrf-protection);
 * - every non-2xx answer becomes a thrown `ApiError` built from the error body of docs/api/README.md#errors.
 */
import { ERROR_CODES, type ErrorBody, type ErrorCode, type FieldError } from '@timekeeper/shared';
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api/openapi.gen';
import { fieldErrorsSummary, fieldSentence, plainMessage, type FieldLabels } from './error-words';

export interface ApiClientConfig {
  /** Absolute or same-origin base of the API, without a trailing slash. */
  baseUrl: string;
}

const DEFAULT_BASE_URL = '/api/v1';
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

let config: ApiClientConfig = { baseUrl: DEFAULT_BASE_URL };
let csrfToken: string | null = null;

/** Points the client at another API base (e.g. a server started by a test). */
export function configureApiClient(next: Partial<ApiClientConfig>): void {
  const baseUrl = (next.baseUrl ?? config.baseUrl).replace(/\/+$/, '');
  config = { ...config, ...next, baseUrl };
}

export function getApiClientConfig(): Readonly<ApiClientConfig> {
  return config;
}

/** Set from the login/session answer; `null` on logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/** What people read when the server failed (5xx) or could not be reached: never the server's own text. */
const SERVER_FAILED = 'Something went wrong on the server. Try again; if it keeps happening, tell your administrator.';
const SERVER_BUSY = 'The server is busy or restarting. Try again in a moment.';

/**
 * A failed request. `message` and `fieldErrors` are in plain words for people (lib/error-words.ts:
 * no schema paths or codes); `body` keeps the API's answer as it came.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: ErrorCode;
  /** Each field error's path as the API gave it, its message in words for the input ("Enter a date like 2026-12-04"). */
  readonly fieldErrors: FieldError[];
  readonly requestId: string | null;
  /** The parsed error body, or `null` when the server did not send one. */
  readonly body: ErrorBody | null;

  constructor(init: { status: number; code: ErrorCode; message: string; body: ErrorBody | null }) {
    super(plainMessage(init.message));
    this.status = init.status;
    this.code = init.code;
    this.body = init.body;
    this.fieldErrors = (init.body?.errors ?? []).map((e) => ({ path: e.path, message: fieldSentence(e.message) }));
    this.requestId = init.body?.request_id ?? null;
    if (this.serverFailed) this.message = init.status === 503 ? SERVER_BUSY : SERVER_FAILED;
    else if ((init.body?.errors ?? []).length > 0) this.message = this.describe();
  }

  /** A 5xx: the request may work when tried again. */
  get serverFailed(): boolean {
    return this.status >= 500;
  }

  /** The server could not be reached at all. */
  get unreachable(): boolean {
    return this.status === 0;
  }

  /** The message, naming fields by the labels a form gives them ("To: enter a date like 2026-12-04."). */
  describe(labels: FieldLabels = {}): string {
    const errors = this.body?.errors ?? [];
    if (errors.length === 0 || this.serverFailed) return this.message;
    return fieldErrorsSummary(errors, labels);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Record<string, unknown>;
  return (
    typeof body.message === 'string' &&
    typeof body.code === 'string' &&
    Object.hasOwn(ERROR_CODES, body.code) &&
    (body.errors === undefined || Array.isArray(body.errors))
  );
}

function genericError(status: number): ApiError {
  // Not our error shape (a proxy page, a crash): show nothing of it to the user.
  return new ApiError({
    status,
    code: 'internal_error',
    message: SERVER_FAILED,
    body: null,
  });
}

async function readJson(response: Response): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await response.text();
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function networkError(): ApiError {
  return new ApiError({
    status: 0,
    code: 'service_unavailable',
    message: 'Could not reach the server. Check your connection and try again.',
    body: null,
  });
}

/** The configured base, absolute (a Request needs one outside a browser page, e.g. in tests). */
function absoluteBase(): string {
  if (/^https?:\/\//.test(config.baseUrl)) return config.baseUrl;
  return new URL(config.baseUrl, globalThis.location?.href ?? 'http://localhost').href.replace(/\/+$/, '');
}

/** Requests go to the base configured at the time of the call (`configureApiClient`). */
class BaseRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? `${absoluteBase()}${input}` : input, init);
  }
}

const contract: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method.toUpperCase()) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onError({ error }) {
    // Cancellation (e.g. TanStack Query aborting a stale query) is not a failure to report.
    if (error instanceof Error && error.name === 'AbortError') return error;
    return networkError();
  },
  async onResponse({ response }) {
    const parsed = await readJson(response.clone());
    if (!response.ok) {
      if (!parsed.ok || !isErrorBody(parsed.value)) throw genericError(response.status);
      const errorBody = parsed.value;
      throw new ApiError({ status: response.status, code: errorBody.code, message: errorBody.message, body: errorBody });
    }
    if (!parsed.ok) throw genericError(response.status);
    return undefined;
  },
};

/** The typed client: `api.GET('/projects/{id}', { params: { path: { id } } })`. */
export const api = createClient<paths>({
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
  Request: BaseRequest,
  // Looked up at call time, so a test's fetch stub applies.
  fetch: (request) => globalThis.fetch(request),
});
api.use(contract);

/** The data of a successful answer (failures were already thrown as `ApiError` by the client). */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const { data } = await call;
  return data as T;
}
