import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { filterAndPage } from '../../lib/route-helpers.js';
import { created, IdParams, ok } from '../../lib/schemas.js';
import {
  Approval,
  ApprovalList,
  ApprovalsQuery,
  BulkApproveBody,
  BulkApproveResult,
  CommentBody,
  RejectBody,
} from './approvals.schemas.js';
import { approve, bulkApprove, cancel, listApprovals, reject, requestApproval } from './approvals.service.js';

const read = { permission: 'view_own_time_entries', scope: 'read:time_approvals' } as const;
/** Deciding depends on the project level (≥ edit_financials) or approve_time_entries: checked per approval. */
const decideAccess = { authenticated: true, scope: 'write:time_approvals' } as const;

/** Deciding on someone else's request: the approve_time action on its project. */
const decideOnProject = {
  ...decideAccess,
  project: { see: 'approve_time', note: 'someone else’s entry; your own requests are visible but not yours to decide' },
} as const;

const approvalsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/time-entries/:id/request-approval',
    {
      config: {
        access: {
          permission: 'create_time_entries',
          scope: 'write:time_approvals',
          project: { see: 'view_project', note: 'your own entry' },
        },
      },
      schema: {
        summary: 'Submit one of your finished time entries for approval',
        params: IdParams,
        body: Type.Optional(CommentBody),
        response: created(Approval, 400, 401, 403, 404, 409),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requestApproval(app.db, actorFrom(request), request.params.id, request.body?.comment ?? '')),
  );

  app.get(
    '/time-entry-approvals',
    {
      config: { access: read },
      schema: {
        summary: 'Approval requests: yours, and those you may decide on',
        description:
          '`queue=to_approve`: pending requests you may approve (not your own unless the allow_self_approval setting is on); `queue=mine`: your own requests.',
        querystring: ApprovalsQuery,
        response: ok(ApprovalList, 400, 401, 403),
      },
    },
    async (request) => listApprovals(app.db, actorFrom(request), ...filterAndPage(request.query)),
  );

  app.post(
    '/time-entry-approvals/:id/approve',
    {
      config: { access: decideOnProject },
      schema: {
        summary: 'Approve (needs ≥ edit_financials on the project or approve_time_entries); the entry is then locked',
        params: IdParams,
        body: Type.Optional(CommentBody),
        response: ok(Approval, 400, 401, 403, 404, 409),
      },
    },
    async (request) => approve(app.db, actorFrom(request), request.params.id, request.body?.comment),
  );

  app.post(
    '/time-entry-approvals/:id/reject',
    {
      config: { access: decideOnProject },
      schema: { summary: 'Reject with a reason', params: IdParams, body: RejectBody, response: ok(Approval, 400, 401, 403, 404, 409) },
    },
    async (request) => reject(app.db, actorFrom(request), request.params.id, request.body.reason),
  );

  app.post(
    '/time-entry-approvals/:id/cancel',
    {
      config: { access: decideAccess },
      schema: { summary: 'Withdraw your own pending request', params: IdParams, response: ok(Approval, 400, 401, 403, 404, 409) },
    },
    async (request) => cancel(app.db, actorFrom(request), request.params.id),
  );

  app.post(
    '/time-entry-approvals/bulk-approve',
    {
      config: { access: decideAccess },
      schema: {
        summary: 'Approve several requests: all or nothing, with a result per item',
        body: BulkApproveBody,
        response: ok(BulkApproveResult, 400, 401, 403, 409),
      },
    },
    async (request) => bulkApprove(app.db, actorFrom(request), request.body.ids, request.body.comment),
  );
};

export default approvalsRoutes;
