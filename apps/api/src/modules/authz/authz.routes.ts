import { PERMISSION_NAMES } from '@timekeeper/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Id, StringEnum, errorResponses } from '../../lib/schemas.js';
import { explainPermission } from './authz.views.js';

const ExplainQuery = Type.Object(
  {
    user_id: Id,
    permission: StringEnum(PERMISSION_NAMES, { description: 'A permission from the catalog' }),
  },
  { additionalProperties: false },
);

const Explanation = Type.Object({
  user_id: Type.Integer(),
  permission: Type.String(),
  allowed: Type.Boolean(),
  reasons: Type.Array(Type.Object({}, { additionalProperties: true })),
  blockers: Type.Array(Type.Object({}, { additionalProperties: true })),
  summary: Type.String(),
});

const authzRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/authz/explain',
    {
      config: { access: { permission: { anyOf: ['manage_user_roles', 'view_permissions'] }, scope: 'admin:all' } },
      schema: {
        summary: 'Why a user can or cannot do something',
        description: 'Names the role, assignment (with expiry) or legacy flag that decides. Project actions join when projects exist.',
        tags: ['authorization'],
        querystring: ExplainQuery,
        response: { 200: Explanation, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => explainPermission(app.db, request.query.user_id, request.query.permission),
  );
};

export default authzRoutes;
