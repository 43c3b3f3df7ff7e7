import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { filterAndPage } from '../../lib/route-helpers.js';
import { ok } from '../../lib/schemas.js';
import { AuditLogList, AuditQuery } from './audit.schemas.js';
import { listAudit, serializeAudit } from './audit.service.js';

const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit-logs',
    {
      config: { access: { permission: 'view_audit_logs', scope: 'admin:all' } },
      schema: {
        summary: 'The audit log, newest first (read-only: entries cannot be changed or deleted)',
        querystring: AuditQuery,
        response: ok(AuditLogList, 400, 401, 403),
      },
    },
    async (request) => {
      const result = await listAudit(app.db, ...filterAndPage(request.query));
      return { audit_logs: result.items.map(serializeAudit), pagination: result.pagination };
    },
  );
};

export default auditRoutes;
