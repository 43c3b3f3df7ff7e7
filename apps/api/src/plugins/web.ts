/**
 * Serves the built SPA: static files, `index.html` for client-side routes, and the JSON 404
 * for unknown `/api/*` paths and missing files (never the SPA there).
 *
 * The build writes a brotli (`.br`) and a gzip (`.gz`) copy beside each text file
 * (apps/web/vite.config.ts); `preCompressed` sends the best one the browser accepts, with
 * `Content-Encoding` and `Vary: Accept-Encoding`. Files under `assets/` carry a content hash
 * in their name, so they never change: a year of immutable caching. Everything else
 * (index.html, icons, the manifest) is revalidated on each use, so a new build shows at once.
 */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { markRoutesPublic } from './access.js';
import { sendError } from './errors.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A request for a file (under /assets/, or a name with an extension) that does not exist is a 404, not the SPA. */
function isFileRequest(path: string): boolean {
  if (path.startsWith('/assets/')) return true;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /\.[A-Za-z0-9]+$/.test(name);
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5"><title>Starting — Timekeeper</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Timekeeper is starting</h1>
<p>The server is up and the web app is still being built. This page reloads itself in a few seconds.</p>
<p>If it stays here, the web app was not built: run <code>pnpm build</code>, or see the server's log.</p>
</body></html>
`;

export default fp(
  async function webPlugin(app: FastifyInstance, opts: { webDir: string }) {
    const hasSpa = existsSync(join(opts.webDir, 'index.html'));
    if (hasSpa) {
      await app.register(async (assets) => {
        markRoutesPublic(assets, 'Static files of the web app');
        await assets.register(fastifyStatic, {
          root: opts.webDir,
          wildcard: true,
          index: 'index.html',
          preCompressed: true,
          setHeaders(reply, path) {
            const hashed = relative(opts.webDir, path).startsWith(`assets${sep}`);
            reply.header('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
          },
        });
      });
    } else {
      app.log.warn({ webDir: opts.webDir }, 'web app not built: only the API is served (run `pnpm build`)');
    }

    app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0] ?? '/';
      const isApi = path === '/api' || path.startsWith('/api/');
      const pageRequest = !isApi && (request.method === 'GET' || request.method === 'HEAD') && !isFileRequest(path);
      if (pageRequest && hasSpa) {
        return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
      }
      // A fresh `pnpm start` serves the API before the web app is built (docs/reports/cold-start.md):
      // a person opening a page meanwhile is told so, and the page reloads itself.
      if (pageRequest && (request.headers.accept ?? '').includes('text/html')) {
        return reply
          .code(503)
          .header('Retry-After', '5')
          .header('Cache-Control', 'no-store')
          .type('text/html; charset=utf-8')
          .send(NOT_BUILT_PAGE);
      }
      return sendError(reply, request, 'not_found', `No route ${request.method} ${path}`);
    });
  },
  { name: 'web', dependencies: ['errors', 'access'] },
);
