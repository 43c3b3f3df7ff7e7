/**
 * For tests of what a mutation confirms in a toast (lib/notify.ts): the test API server, a wrapper
 * with the app's providers (and so its Toaster), and the JSON bodies the server received. Toasts
 * live in sonner's store beyond one render, so each test starts without the last one's.
 * Call it once at the top level of the file. Test support only.
 */
import { toast } from 'sonner';
import type { ReactNode } from 'react';
import { afterEach } from 'vitest';
import { AppProviders } from '../src/app/providers';
import { setupTestApiServer } from './setup-test-api-server';

export function setupToastHarness() {
  const server = setupTestApiServer();
  afterEach(() => {
    toast.dismiss();
  });
  const wrapper = ({ children }: { children: ReactNode }) => <AppProviders>{children}</AppProviders>;
  /** The JSON bodies of the `method` requests to paths starting with `path`. */
  const bodiesOf = (method: string, path: string) =>
    server.requests.filter((r) => r.method === method && r.url.startsWith(path)).map((r) => JSON.parse(r.body) as unknown);
  return { server, wrapper, bodiesOf };
}
