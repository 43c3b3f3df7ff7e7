import { PERMISSION_NAMES, PROJECT_ACTIONS } from '@timekeeper/shared';
import { validationFailed } from '../../lib/errors.js';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Id, StringEnum, errorResponses } from '../../lib/schemas.js';
import { explainPermission, explainProjectAction } from './authz.views.js';

const ExplainQuery = Type.Object(
  {
    user_id: Id,
    permission: Type.Optional(StringEnum(PERMISSION_NAMES, { description: 'A permission from the catalog' })),
    action: Type.Optional(StringEnum(PROJECT_ACTIONS, { description: 'A project action (with project_id)' })),
    project_id: Type.Optional(Id),
  },
  { additionalProperties: false },
);

const Explanation = Type.Object(
  {
    user_id: Type.Integer(),
    allowed: Type.Boolean(),
    summary: Type.String(),
    permission: Type.Optional(Type.String()),
    reasons: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }))),
    blockers: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }))),
    project_id: Type.Optional(Type.Integer()),
    action: Type.Optional(Type.String()),
    level: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    level_source: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    visible: Type.Optional(
      Type.Boolean({ description: 'Whether the user sees the project (a member, an account admin, or view_all_projects)' }),
    ),
    visible_through: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    participation: Type.Optional(Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()])),
    decided_by: Type.Optional(Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()])),
    minimum_level: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    alternative_permission: Type.Optional(
      Type.Union([Type.String(), Type.Object({}, { additionalProperties: true }), Type.Null()], {
        description: 'The account permission(s) that would also allow the refused action',
      }),
    ),
  },
  { additionalProperties: false },
);

const authzRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/authz/explain',
    {
      config: { access: { permission: { anyOf: ['manage_user_roles', 'view_permissions'] }, scope: 'admin:all' } },
      schema: {
        summary: 'Why a user can or cannot do something',
        description:
          'Give `permission` to learn which role, assignment (with expiry) or legacy flag decides; or `action` with `project_id` to learn which level, participation, flag or permission decides a project action.',
        tags: ['authorization'],
        querystring: ExplainQuery,
        response: { 200: Explanation, ...errorResponses(400, 401, 403, 404) },
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
