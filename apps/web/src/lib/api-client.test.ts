import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startTestApiServer, type TestApiServer } from '@test/test-api-server';
import { api, ApiError, configureApiClient, ok, setCsrfToken } from './api-client';

let server: TestApiServer;

beforeAll(async () => {
  server = await startTestApiServer();
  configureApiClient({ baseUrl: `${server.origin}/api/v1/` });
});

afterEach(() => {
  server.reset();
  setCsrfToken(null);
});

afterAll(async () => {
  await server.close();
});

async function catchError(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

/** The error `call` fails with when the server answers `status` with an HTML page. */
async function failureOnHtml(status: number, html: string, call: () => Promise<unknown>): Promise<ApiError> {
  server.respondWith((_req, res) => {
    res.writeHead(status, { 'Content-Type': 'text/html' });
    res.end(html);
  });
  return (await catchError(call())) as ApiError;
}

describe('api client', () => {
  it('returns the parsed JSON of a 2xx answer and builds the URL from base, path and query', async () => {
    server.respondWith((_req, res) => sendJson(res, 200, { projects: [{ id: 1, name: 'Apollo' }] }));

    const data = await ok(api.GET('/projects', { params: { query: { page: 2, status: 'active', client_id: undefined } } }));

    expect(data).toEqual({ projects: [{ id: 1, name: 'Apollo' }] });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.method).toBe('GET');
    expect(server.requests[0]?.url).toBe('/api/v1/projects?page=2&status=active');
    expect(server.requests[0]?.headers.accept).toBe('application/json');
  });

  it('sends a JSON body with the matching content type', async () => {
    server.respondWith((req, res) => sendJson(res, 201, { echoed: JSON.parse(req.body) as unknown }));

    const data = await ok(api.PUT('/clients/{id}', { params: { path: { id: 7 } }, body: { name: 'Acme', status: 'archived' } }));

    expect(data).toEqual({ echoed: { name: 'Acme', status: 'archived' } });
    expect(server.requests[0]?.url).toBe('/api/v1/clients/7');
    expect(server.requests[0]?.method).toBe('PUT');
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('resolves to undefined for an empty 204 answer', async () => {
    server.respondWith((_req, res) => {
      res.writeHead(204);
      res.end();
    });

    await expect(ok(api.DELETE('/tasks/{id}', { params: { path: { id: 3 } } }))).resolves.toBeUndefined();
    expect(server.requests[0]?.method).toBe('DELETE');
  });

  it('turns an error body into an ApiError with status, code, message and field errors in plain words, and request id', async () => {
    const body = {
      error: 'Validation failed',
      code: 'validation_error',
      message: 'The request body is invalid.',
      request_id: 'req-42',
      errors: [{ path: '/email', message: 'must be an email address' }],
    };
    server.respondWith((_req, res) => sendJson(res, 400, body));

    const error = await catchError(api.POST('/users', { body: { email: 'nope', name: 'N', password: 'x' } }));

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('validation_error');
    expect(apiError.message).toBe('Email: must be an email address.');
    expect(apiError.requestId).toBe('req-42');
    expect(apiError.fieldErrors).toEqual([{ path: '/email', message: 'Must be an email address' }]);
    expect(apiError.body).toEqual(body);
  });

  it("says a querystring validation error in words, never with the schema path or the validator's text", async () => {
    server.respondWith((_req, res) =>
      sendJson(res, 400, {
        error: 'Validation failed',
        code: 'validation_error',
        message: 'querystring.end_date must match format "date"',
        request_id: 'req-9',
        errors: [{ path: 'querystring.end_date', message: 'must match format "date"' }],
      }),
    );

    const error = (await catchError(api.GET('/time-entries', { params: { query: { end_date: 'soon' } } }))) as ApiError;

    expect(error.message).toBe('End date: enter a date like 2026-12-04.');
    expect(error.describe({ end_date: 'To' })).toBe('To: enter a date like 2026-12-04.');
    expect(error.fieldErrors).toEqual([{ path: 'querystring.end_date', message: 'Enter a date like 2026-12-04' }]);
    expect(error.message).not.toMatch(/querystring|format|"/);
  });

  it('names a missing permission by its label, and gives a 5xx words of its own', async () => {
    server.respondWith((_req, res) =>
      sendJson(res, 403, {
        error: 'Insufficient permissions',
        code: 'forbidden',
        message: "This action requires the 'view_all_time_entries' permission",
        request_id: 'req-1',
      }),
    );
    const refused = (await catchError(api.GET('/projects'))) as ApiError;
    expect(refused.message).toBe('This action requires the “View all time entries” permission');

    server.respondWith((_req, res) =>
      sendJson(res, 500, {
        error: 'Internal server error',
        code: 'internal_error',
        message: 'An unexpected error occurred; quote the request_id when reporting it',
        request_id: 'req-2',
      }),
    );
    const failed = (await catchError(api.GET('/projects'))) as ApiError;
    expect(failed.serverFailed).toBe(true);
    expect(failed.message).toMatch(/^Something went wrong on the server/);
    expect(failed.requestId).toBe('req-2');
  });

  it('keeps the extra fields of a 403 body (required scope, permission)', async () => {
    server.respondWith((_req, res) =>
      sendJson(res, 403, {
        error: 'Insufficient permissions',
        code: 'forbidden',
        message: 'You may not do this.',
        request_id: 'req-7',
        required_permission: 'manage_roles',
      }),
    );

    const error = (await catchError(api.PATCH('/roles/{id}', { params: { path: { id: 1 } }, body: { name: 'x' } }))) as ApiError;

    expect(error.status).toBe(403);
    expect(error.code).toBe('forbidden');
    expect(error.fieldErrors).toEqual([]);
    expect(error.body?.required_permission).toBe('manage_roles');
  });

  it('turns a non-JSON 500 answer into a generic internal_error without leaking the body', async () => {
    const error = await failureOnHtml(500, '<html><body>Traceback: secret stack</body></html>', () => api.GET('/projects'));

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(500);
    expect(error.code).toBe('internal_error');
    expect(error.message).toMatch(/^Something went wrong on the server/);
    expect(error.message).not.toContain('secret');
    expect(error.body).toBeNull();
    expect(error.requestId).toBeNull();
  });

  it('treats JSON that is not an error body like a non-JSON error', async () => {
    server.respondWith((_req, res) => sendJson(res, 502, { oops: true }));

    const error = (await catchError(api.GET('/health'))) as ApiError;

    expect(error.status).toBe(502);
    expect(error.code).toBe('internal_error');
  });

  it('reports an unreachable server as an ApiError with status 0', async () => {
    const other = await startTestApiServer();
    const deadOrigin = other.origin;
    await other.close();
    configureApiClient({ baseUrl: `${deadOrigin}/api/v1` });
    try {
      const error = (await catchError(api.GET('/health'))) as ApiError;
      expect(error).toBeInstanceOf(ApiError);
      expect(error.status).toBe(0);
      expect(error.code).toBe('service_unavailable');
    } finally {
      configureApiClient({ baseUrl: `${server.origin}/api/v1` });
    }
  });
});

describe('api client answers', () => {
  it('refuses a 2xx answer that is not JSON instead of handing garbage to the screen', async () => {
    const error = await failureOnHtml(200, '<html>a proxy page</html>', () => api.GET('/users/me'));

    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('internal_error');
    expect(error.status).toBe(200);
  });

  it('lets a cancelled request reject as an abort, not as an API failure', async () => {
    server.respondWith(() => undefined); // never answers
    const controller = new AbortController();
    const call = api.GET('/users/me', { signal: controller.signal });
    controller.abort();

    const error = await catchError(call);

    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('api client CSRF header', () => {
  it('is not sent on POST while no token is known', async () => {
    await api.POST('/timer/stop', { body: {} });

    expect(server.requests[0]?.method).toBe('POST');
    expect(server.requests[0]?.headers['x-csrf-token']).toBeUndefined();
  });

  it('is sent on state-changing requests once a token is set', async () => {
    setCsrfToken('csrf-abc');

    await api.POST('/timer/start', { body: { project_id: 1 } });
    await api.PUT('/projects/{id}', { params: { path: { id: 1 } }, body: { name: 'A' } });
    await api.PATCH('/users/me', { body: { name: 'B' } });
    await api.DELETE('/tasks/{id}', { params: { path: { id: 1 } } });

    expect(server.requests.map((r) => [r.method, r.headers['x-csrf-token']])).toEqual([
      ['POST', 'csrf-abc'],
      ['PUT', 'csrf-abc'],
      ['PATCH', 'csrf-abc'],
      ['DELETE', 'csrf-abc'],
    ]);
  });

  it('is never sent on GET, even with a token set', async () => {
    setCsrfToken('csrf-abc');

    await api.GET('/users/me');

    expect(server.requests[0]?.method).toBe('GET');
    expect(server.requests[0]?.headers['x-csrf-token']).toBeUndefined();
  });

  it('stops being sent after the token is cleared (logout)', async () => {
    setCsrfToken('csrf-abc');
    setCsrfToken(null);

    await api.POST('/auth/logout');

    expect(server.requests[0]?.headers['x-csrf-token']).toBeUndefined();
  });
});
