/**
 * Serves the built SPA: static files, `index.html` for client-side routes, and the JSON 404
 * for unknown `/api/*` paths (never the SPA there).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { markRoutesPublic } from './access.js';
import { sendError } from './errors.js';

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
          setHeaders(reply, path) {
            if (path.includes(`${'/'}assets${'/'}`)) reply.header('Cache-Control', 'public, max-age=31536000, immutable');
            else reply.header('Cache-Control', 'no-cache');
          },
        });
      });
    } else {
      app.log.warn({ webDir: opts.webDir }, 'web app not built: only the API is served (run `pnpm build`)');
    }

    app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0] ?? '/';
      const isApi = path === '/api' || path.startsWith('/api/');
      if (!isApi && hasSpa && (request.method === 'GET' || request.method === 'HEAD')) {
        return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
      }
      return sendError(reply, request, 'not_found', `No route ${request.method} ${path}`);
    });
  },
  { name: 'web', dependencies: ['errors', 'access'] },
);
