/**
 * Security headers on every response (docs/admin/security/README.md#security-headers), set by
 * @fastify/helmet in its onRequest hook, so that refusals (401, 403, 429) and the not-found answer
 * carry them too:
 *
 * - a Content-Security-Policy for the web app: scripts only from this origin (the built SPA has no
 *   inline script), no plugins, no framing, forms and fetches to this origin only. Styles allow
 *   'unsafe-inline' because the dialog primitives (react-remove-scroll) and Swagger UI inject
 *   <style> elements; a style cannot run code. The Swagger UI plugin sets its own header on
 *   /api/docs, so plugins/openapi.ts hands it this same policy (`cspHeader()`).
 * - `X-Content-Type-Options: nosniff`, `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer`,
 *   Cross-Origin-Opener/Resource-Policy `same-origin`.
 * - `Cache-Control: no-store` on every API response (`/api/…` except the docs page's static files),
 *   so no browser or proxy keeps a copy of anyone's data; routes that chose no-store keep it.
 *
 * HSTS is deliberately not sent: the server usually runs behind a TLS-terminating proxy and may be
 * reached over plain http on a private network, where the header means nothing or locks browsers
 * out. Send it from the proxy (docs/admin/security/README.md#hsts-behind-tls).
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The web app's policy, also the default for every other response. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  workerSrc: ["'self'"],
  // Not upgrade-insecure-requests: it would break an install reached over plain http.
  upgradeInsecureRequests: null,
} as const;

/** The policy as a header value, e.g. for a plugin that sets its own header (the API docs page). */
export function cspHeader(directives: Record<string, readonly string[] | null> = CONTENT_SECURITY_POLICY): string {
  return Object.entries(directives)
    .filter((entry): entry is [string, readonly string[]] => entry[1] !== null)
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
    .join('; ');
}

/** API paths whose answers are never stored; the docs page's static files may be cached. */
function isApiData(url: string): boolean {
  return url.startsWith('/api') && (url.length === 4 || url[4] === '/' || url[4] === '?') && !url.startsWith('/api/docs');
}

export default fp(
  async function securityHeadersPlugin(app: FastifyInstance) {
    await app.register(helmet, {
      global: true,
      contentSecurityPolicy: { useDefaults: false, directives: { ...CONTENT_SECURITY_POLICY } },
      // Sent by the TLS-terminating proxy, never by this server (see the header comment).
      strictTransportSecurity: false,
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginOpenerPolicy: { policy: 'same-origin' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
    });

    app.addHook('onSend', (request, reply, payload, done) => {
      if (request.principal || isApiData(request.url)) reply.header('Cache-Control', 'no-store');
      done(null, payload);
    });
  },
  { name: 'security-headers' },
);
