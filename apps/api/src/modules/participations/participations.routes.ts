import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { pageFrom } from '../../lib/pagination.js';
import { noContent } from '../../lib/route-helpers.js';
import { created, errorResponses, IdParams, ok } from '../../lib/schemas.js';
import {
  CreateParticipationBody,
  OneQuery,
  Participation,
  ParticipationList,
  ParticipationsQuery,
  UpdateParticipationBody,
} from './participations.schemas.js';
import {
  createParticipation,
  deleteParticipation,
  getParticipation,
  listParticipations,
  parseOptionalFields,
  updateParticipation,
} from './participations.service.js';

const read = { permission: 'view_projects', scope: 'read:projects' } as const;
const write = { permission: 'view_projects', scope: 'write:projects' } as const;

const participationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/participations',
    {
      config: {
        access: { ...read, project: { see: 'view_project', note: 'with `project_id`; without it, the projects the caller sees' } },
      },
      schema: {
        summary: 'Project members (of projects you can see)',
        description:
          'The scheduling flags are included only when asked for: `optional_fields=can_schedule_their_hours,can_schedule_team_hours`.',
        querystring: ParticipationsQuery,
        response: ok(ParticipationList, 400, 401, 403, 404),
      },
    },
    async (request) => {
      const { project_id, user_id, q, optional_fields } = request.query;
      return listParticipations(
        app.db,
        actorFrom(request),
        { project_id, user_id, q },
        parseOptionalFields(optional_fields),
        pageFrom(request.query),
      );
    },
  );

  app.post(
    '/participations',
    {
      config: {
        access: {
          ...write,
          project: { see: 'view_project', action: 'invite_members', note: 'at most at the inviter’s level; rates need `edit_financials`' },
        },
      },
      schema: {
        summary: 'Add a member to a project',
        description:
          'Project admins add anyone at any level with any flags; members with can_invite add people at most at their own level, without flags.',
        body: CreateParticipationBody,
        response: created(Participation, 400, 401, 403, 404, 409),
      },
    },
    async (request, reply) => reply.status(201).send(await createParticipation(app.db, actorFrom(request), request.body)),
  );

  app.get(
    '/participations/:id',
    {
      config: { access: { ...read, project: { see: 'view_project' } } },
      schema: { summary: 'A project membership', params: IdParams, querystring: OneQuery, response: ok(Participation, 400, 401, 403, 404) },
    },
    async (request) => getParticipation(app.db, actorFrom(request), request.params.id, parseOptionalFields(request.query.optional_fields)),
  );

  app.put(
    '/participations/:id',
    {
      config: { access: { ...write, project: { see: 'view_project', action: 'manage_members' } } },
      schema: {
        summary: "Change a member's level or flags (project admins)",
        params: IdParams,
        querystring: OneQuery,
        body: UpdateParticipationBody,
        response: ok(Participation, 400, 401, 403, 404, 409),
      },
    },
    async (request) =>
      updateParticipation(app.db, actorFrom(request), request.params.id, request.body, parseOptionalFields(request.query.optional_fields)),
  );

  app.delete(
    '/participations/:id',
    {
      config: {
        access: {
          ...write,
          project: { see: 'view_project', action: 'manage_members', note: 'someone else’s; leaving a project needs nothing more' },
        },
      },
      schema: {
        summary: 'Remove a member (project admins), or leave a project yourself',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => noContent(reply, deleteParticipation(app.db, actorFrom(request), request.params.id)),
  );
};

export default participationsRoutes;
