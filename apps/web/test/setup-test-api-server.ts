/**
 * The API test server for a whole test file: started before its first test with the API client
 * pointed at it, reset (and the CSRF token forgotten) after each test, closed after the last.
 * Call it once at the top level of the file: `const server = setupTestApiServer();`.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { configureApiClient, setCsrfToken } from '../src/lib/api-client';
import { API } from './fake-api';
import { startTestApiServer, type Responder, type TestApiServer } from './test-api-server';

export function setupTestApiServer(): Omit<TestApiServer, 'close'> {
  let current: TestApiServer | undefined;
  const server = (): TestApiServer => {
    if (!current) throw new Error('The test API server runs only inside tests (setupTestApiServer at the top level of the file).');
    return current;
  };

  beforeAll(async () => {
    current = await startTestApiServer();
    configureApiClient({ baseUrl: `${current.origin}${API}` });
  });
  afterEach(() => {
    current?.reset();
    setCsrfToken(null);
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });

  return {
    get origin() {
      return server().origin;
    },
    get requests() {
      return server().requests;
    },
    respondWith: (responder: Responder) => server().respondWith(responder),
    reset: () => server().reset(),
  };
}
