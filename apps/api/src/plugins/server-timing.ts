/**
 * `Server-Timing` on every response: how much of the server's time went to authentication
 * (resolving the session cookie or API token into a principal, including the authorization
 * version check and cache lookups) and to route authorization (scope and permission decision),
 * out of the total from the first hook to the serialized reply.
 *
 *   Server-Timing: authn;dur=0.42, authn-version;dur=0.30, authz;dur=0.05, total;dur=3.10
 *
 * `authn-version` is the part of `authn` spent reading the authorization version row: 0 on most
 * requests, since changes arrive by notification and the row is read at most every 250 ms — and on
 * every request while the instance's listener is lost (docs/development/authorization.md).
 *
 * Durations are milliseconds with two decimals. The header carries durations only — no names,
 * ids or outcomes — so it tells a caller nothing the response time itself would not. The
 * performance budget puts authn + authz at 10 % of a typical authorized request; `pnpm bench`
 * reads this header (docs/reports/benchmark.md).
 * Object- and project-level checks happen inside the services and count towards the rest.
 */
import { performance } from 'node:perf_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export type TimedPhase = 'authn' | 'authz' | 'version';

export class RequestTiming {
  readonly start = performance.now();
  authn = 0;
  /** Included in authn. */
  version = 0;
  authz = 0;

  header(now = performance.now()): string {
    const total = now - this.start;
    return `authn;dur=${this.authn.toFixed(2)}, authn-version;dur=${this.version.toFixed(2)}, authz;dur=${this.authz.toFixed(2)}, total;dur=${total.toFixed(2)}`;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** null until the server-timing plugin's first hook ran (or when it is not registered). */
    serverTiming: RequestTiming | null;
  }
}

function add(request: FastifyRequest, phase: TimedPhase, since: number): void {
  if (request.serverTiming) request.serverTiming[phase] += performance.now() - since;
}

/** Runs `fn`, adding its duration to the request's phase whether it resolves or throws. */
export async function timed<T>(request: FastifyRequest, phase: TimedPhase, fn: () => Promise<T>): Promise<T> {
  const since = performance.now();
  try {
    return await fn();
  } finally {
    add(request, phase, since);
  }
}

/** The synchronous twin of `timed`. */
export function timedSync<T>(request: FastifyRequest, phase: TimedPhase, fn: () => T): T {
  const since = performance.now();
  try {
    return fn();
  } finally {
    add(request, phase, since);
  }
}

export default fp(
  async function serverTimingPlugin(app: FastifyInstance) {
    app.decorateRequest('serverTiming', null);
    // Registered before every other plugin, so this is the first onRequest hook to run.
    // Callback hooks: no promise per request for two lines of work.
    app.addHook('onRequest', (request, _reply, done) => {
      request.serverTiming = new RequestTiming();
      done();
    });
    // onSend sees errors (401, 403, 5xx) and the not-found answer too, after serialization.
    app.addHook('onSend', (request, reply, payload, done) => {
      if (request.serverTiming) reply.header('Server-Timing', request.serverTiming.header());
      done(null, payload);
    });
  },
  { name: 'server-timing' },
);
