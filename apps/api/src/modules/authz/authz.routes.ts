import { validationFailed } from '../../lib/errors.js';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ok } from '../../lib/schemas.js';
import { ExplainQuery, Explanation } from './authz.schemas.js';
import { explainPermission, explainProjectAction } from './authz.views.js';

const authzRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/authz/explain',
    {
      config: { access: { permission: { anyOf: ['manage_user_roles', 'view_permissions'] }, scope: 'admin:all' } },
      schema: {
        summary: 'Why a user can or cannot do something',
        description:
          'Give `permission` to learn which role, assignment (with expiry) or legacy flag decides; or `action` with `project_id` to learn which level, participation, flag or permission decides a project action.',
        querystring: ExplainQuery,
        response: ok(Explanation, 400, 401, 403, 404),
      },
    },
    async (request) => {
      const { user_id, permission, action, project_id } = request.query;
      if (permission !== undefined && action === undefined && project_id === undefined)
        return explainPermission(app.db, user_id, permission);
      if (action !== undefined && project_id !== undefined && permission === undefined)
        return explainProjectAction(app.db, user_id, project_id, action);
      throw validationFailed('Give either permission, or action together with project_id', [
        { path: 'querystring', message: 'give either permission, or action with project_id' },
      ]);
    },
  );
};

export default authzRoutes;
