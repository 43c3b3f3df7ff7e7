/**
 * The explicit list of API modules, mounted under /api/v1. Adding a module means adding it here.
 */
import type { FastifyInstance } from 'fastify';
import systemRoutes from './modules/system/system.routes.js';

export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await app.register(
    async (v1) => {
      await v1.register(systemRoutes);
    },
    { prefix: '/api/v1' },
  );
}
