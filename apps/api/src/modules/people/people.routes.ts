import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorFrom } from '../../lib/actor.js';
import { ok } from '../../lib/schemas.js';
import { PeopleList, PeopleQuery } from './people.schemas.js';
import { searchPeople } from './people.service.js';

const peopleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/people',
    {
      config: {
        access: {
          authenticated: true,
          // Finding people to add to a project is part of managing its members (write:projects implies it).
          scope: 'read:projects',
          project: { action: 'invite_members', note: 'on at least one project; or the `view_users` permission' },
        },
      },
      schema: {
        summary: 'Find people by name or email (id and name only), to add them to a project',
        description:
          'For holders of `view_users` and for anyone who may add members to at least one project (its admin level, the Invite Members flag, or an account admin role); others get 403. Active users only, ordered by name, at most 20; the email is matched but never returned.',
        querystring: PeopleQuery,
        response: ok(PeopleList, 400, 401, 403),
      },
    },
    async (request) => searchPeople(app.db, actorFrom(request), request.query.q),
  );
};

export default peopleRoutes;
