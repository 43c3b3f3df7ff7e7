/**
 * The explicit list of API modules, mounted under /api/v1. Adding a module means adding it here.
 */
import type { FastifyInstance } from 'fastify';
import approvalsRoutes from './modules/approvals/approvals.routes.js';
import auditRoutes from './modules/audit/audit.routes.js';
import clientsRoutes from './modules/clients/clients.routes.js';
import expensesRoutes from './modules/expenses/expenses.routes.js';
import reportsRoutes from './modules/reports/reports.routes.js';
import tasksRoutes from './modules/tasks/tasks.routes.js';
import timeEntriesRoutes from './modules/time-entries/time-entries.routes.js';
import timerRoutes from './modules/timer/timer.routes.js';
import authRoutes from './modules/auth/auth.routes.js';
import authzRoutes from './modules/authz/authz.routes.js';
import invoicesRoutes from './modules/invoices/invoices.routes.js';
import participationsRoutes from './modules/participations/participations.routes.js';
import projectsRoutes from './modules/projects/projects.routes.js';
import rolesRoutes from './modules/roles/roles.routes.js';
import settingsRoutes from './modules/settings/settings.routes.js';
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
      await v1.register(projectsRoutes);
      await v1.register(participationsRoutes);
      await v1.register(clientsRoutes);
      await v1.register(tasksRoutes);
      await v1.register(timeEntriesRoutes);
      await v1.register(timerRoutes);
      await v1.register(expensesRoutes);
      await v1.register(reportsRoutes);
      await v1.register(settingsRoutes);
      await v1.register(approvalsRoutes);
      await v1.register(invoicesRoutes);
    },
    { prefix: '/api/v1' },
  );
}
