/**
 * The explicit list of API modules, mounted under /api/v1, each with its OpenAPI tag. Adding a
 * module means adding it here.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import approvalsRoutes from './modules/approvals/approvals.routes.js';
import auditRoutes from './modules/audit/audit.routes.js';
import clientsRoutes from './modules/clients/clients.routes.js';
import contactsRoutes from './modules/contacts/contacts.routes.js';
import dealsRoutes from './modules/deals/deals.routes.js';
import expensesRoutes from './modules/expenses/expenses.routes.js';
import reportsRoutes from './modules/reports/reports.routes.js';
import tasksRoutes from './modules/tasks/tasks.routes.js';
import timeEntriesRoutes from './modules/time-entries/time-entries.routes.js';
import timerRoutes from './modules/timer/timer.routes.js';
import timesheetRoutes from './modules/timesheet/timesheet.routes.js';
import authRoutes from './modules/auth/auth.routes.js';
import authzRoutes from './modules/authz/authz.routes.js';
import invoicesRoutes from './modules/invoices/invoices.routes.js';
import leadsRoutes from './modules/leads/leads.routes.js';
import participationsRoutes from './modules/participations/participations.routes.js';
import peopleRoutes from './modules/people/people.routes.js';
import projectsRoutes from './modules/projects/projects.routes.js';
import rolesRoutes from './modules/roles/roles.routes.js';
import settingsRoutes from './modules/settings/settings.routes.js';
import systemRoutes from './modules/system/system.routes.js';
import tokensRoutes from './modules/tokens/tokens.routes.js';
import usersRoutes from './modules/users/users.routes.js';

/**
 * A module's routes, listed in the OpenAPI document under the module's tag. A route that names
 * its own `tags` (e.g. `['projects', 'authorization']`) keeps them.
 */
function tagged(tag: string, routes: FastifyPluginAsyncTypebox): FastifyPluginAsync {
  return async (module) => {
    module.addHook('onRoute', (route) => {
      if (route.schema && route.schema.tags === undefined) route.schema = { ...route.schema, tags: [tag] };
    });
    await module.register(routes);
  };
}

export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await app.register(
    async (v1) => {
      await v1.register(tagged('system', systemRoutes));
      await v1.register(tagged('auth', authRoutes));
      await v1.register(tagged('users', usersRoutes));
      await v1.register(tagged('people', peopleRoutes));
      await v1.register(tagged('roles', rolesRoutes));
      await v1.register(tagged('authorization', authzRoutes));
      await v1.register(tagged('audit', auditRoutes));
      await v1.register(tagged('api tokens', tokensRoutes));
      await v1.register(tagged('projects', projectsRoutes));
      await v1.register(tagged('participations', participationsRoutes));
      await v1.register(tagged('clients', clientsRoutes));
      await v1.register(tagged('tasks', tasksRoutes));
      await v1.register(tagged('time entries', timeEntriesRoutes));
      await v1.register(tagged('timer', timerRoutes));
      await v1.register(tagged('timesheet', timesheetRoutes));
      await v1.register(tagged('expenses', expensesRoutes));
      await v1.register(tagged('reports', reportsRoutes));
      await v1.register(tagged('system', settingsRoutes));
      await v1.register(tagged('approvals', approvalsRoutes));
      await v1.register(tagged('invoices', invoicesRoutes));
      await v1.register(tagged('leads', leadsRoutes));
      await v1.register(tagged('deals', dealsRoutes));
      await v1.register(tagged('contacts', contactsRoutes));
    },
    { prefix: '/api/v1' },
  );
}
