import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { pageFrom } from '../../lib/pagination.js';
import { errorResponses, Id, IsoDateTime, Pagination, PaginationQuery } from '../../lib/schemas.js';
import { listAudit, serializeAudit } from './audit.service.js';

const AuditQuery = Type.Object(
  {
    ...PaginationQuery,
    actor_user_id: Type.Optional(Id),
    action: Type.Optional(Type.String({ maxLength: 100, description: 'Exact action, or a prefix ending in .* (e.g. role.*)' })),
    target_type: Type.Optional(Type.String({ maxLength: 50 })),
    target_id: Type.Optional(Type.String({ maxLength: 50 })),
    from: Type.Optional(IsoDateTime),
    to: Type.Optional(IsoDateTime),
  },
  { additionalProperties: false },
);

const AuditEntry = Type.Object({
  id: Type.Integer(),
  created_at: IsoDateTime,
  actor_user_id: Type.Union([Type.Integer(), Type.Null()]),
  actor_email: Type.Union([Type.String(), Type.Null()]),
  via: Type.String(),
  action: Type.String(),
  target_type: Type.String(),
  target_id: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  ip: Type.Union([Type.String(), Type.Null()]),
  request_id: Type.Union([Type.String(), Type.Null()]),
});

const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit-logs',
    {
      config: { access: { permission: 'view_audit_logs', scope: 'admin:all' } },
      schema: {
        summary: 'The audit log, newest first (read-only: entries cannot be changed or deleted)',
        tags: ['audit'],
        querystring: AuditQuery,
        response: { 200: Type.Object({ audit_logs: Type.Array(AuditEntry), pagination: Pagination }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { actor_user_id, action, target_type, target_id, from, to } = request.query;
      const result = await listAudit(app.db, { actor_user_id, action, target_type, target_id, from, to }, pageFrom(request.query));
      return { audit_logs: result.items.map(serializeAudit), pagination: result.pagination };
    },
  );
};

export default auditRoutes;
