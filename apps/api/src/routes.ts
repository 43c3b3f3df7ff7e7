/**
 * The explicit list of API modules, mounted under /api/v1. Adding a module means adding it here.
 */
import type { FastifyInstance } from 'fastify';
import auditRoutes from './modules/audit/audit.routes.js';
import authRoutes from './modules/auth/auth.routes.js';
import authzRoutes from './modules/authz/authz.routes.js';
import rolesRoutes from './modules/roles/roles.routes.js';
import systemRoutes from './modules/system/system.routes.js';
import tokensRoutes from './modules/tokens/tokens.routes.js';
import usersRoutes from './modules/users/users.routes.js';

export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await app.register(
    async (v1) => {
      await v1.register(systemRoutes);
      await v1.register(authRoutes);
      await v1.register(usersRoutes);
      await v1.register(rolesRoutes);
      await v1.register(authzRoutes);
      await v1.register(auditRoutes);
      await v1.register(tokensRoutes);
    },
    { prefix: '/api/v1' },
  );
}
