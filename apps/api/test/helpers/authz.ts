/**
 * Waiting for an instance to learn of an authorization change made elsewhere (another instance,
 * or SQL run by the test): within 1 s by the listener (docs/development/authorization.md,
 * "The authorization cache"). The instance that made a change knows it on its very next request
 * and needs no waiting.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { readAuthzVersion } from '../../src/kernel/auth/authz-cache.js';

export const AUTHZ_PROPAGATION_MS = 1_000;

/**
 * Resolves once `app`'s cache holds the database's current authorization version, with the
 * milliseconds it waited; fails after 1 s. It sends `app` no request, so what it observes is the
 * notification (or a read made before), never a read it caused.
 */
export async function authzSettled(app: FastifyInstance): Promise<number> {
  const version = await readAuthzVersion(app.db);
  const start = performance.now();
  while (app.authz.currentVersion < version) {
    const waited = performance.now() - start;
    if (waited > AUTHZ_PROPAGATION_MS)
      throw new Error(
        `the instance still holds authorization version ${app.authz.currentVersion} after ${Math.round(waited)} ms; the database has ${version}`,
      );
    await sleep(1);
  }
  return performance.now() - start;
}
