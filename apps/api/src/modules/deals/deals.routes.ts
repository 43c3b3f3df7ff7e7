import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { filterAndPage, noContent } from '../../lib/route-helpers.js';
import { created, errorResponses, IdParams, ok } from '../../lib/schemas.js';
import { CreateDealBody, Deal, DealList, DealsQuery, DealStages, LoseDealBody, UpdateDealBody, WinDealBody } from './deals.schemas.js';
import { createDeal, dealStages, deleteDeal, getDeal, listDeals, loseDeal, updateDeal, winDeal } from './deals.service.js';

const OWN =
  "Without view_all_deals you see only the deals you own (whatever `owner_id` asks for); another owner's deal is 404. " +
  'Changing, winning or losing a deal you can see but do not own needs edit_all_deals, and so does giving one to another owner.';

const read = { permission: 'view_own_deals', scope: 'read:deals' } as const;
const edit = { permission: 'edit_own_deals', scope: 'write:deals' } as const;

const dealsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/deals',
    {
      config: { access: read },
      schema: {
        summary: 'Deals (newest first; filter by `status`, `stage`, `owner_id`, `client_id`; `q` matches name or notes)',
        description: OWN,
        querystring: DealsQuery,
        response: ok(DealList, 400, 401, 403),
      },
    },
    async (request) => listDeals(app.db, actorFrom(request), ...filterAndPage(request.query)),
  );

  app.get(
    '/deals/stages',
    { config: { access: read }, schema: { summary: 'The stages of open deals, in pipeline order', response: ok(DealStages, 401, 403) } },
    async () => ({ stages: await dealStages(app.db) }),
  );

  app.post(
    '/deals',
    {
      config: { access: { permission: 'create_deals', scope: 'write:deals' } },
      schema: {
        summary: 'Create a deal (yours; in the first stage unless `stage` says otherwise)',
        description: OWN,
        body: CreateDealBody,
        response: created(Deal, 400, 401, 403, 404, 409),
      },
    },
    async (request, reply) => reply.status(201).send(await createDeal(app.db, actorFrom(request), request.body)),
  );

  app.get(
    '/deals/:id',
    { config: { access: read }, schema: { summary: 'A deal', description: OWN, params: IdParams, response: ok(Deal, 400, 401, 403, 404) } },
    async (request) => getDeal(app.db, actorFrom(request), request.params.id),
  );

  // PUT and PATCH are one operation: both change only the fields sent.
  const update = {
    config: { access: edit },
    schema: {
      summary: 'Update a deal (only the fields sent; moving it to another stage is `stage`)',
      description: OWN,
      params: IdParams,
      body: UpdateDealBody,
      response: ok(Deal, 400, 401, 403, 404, 409),
    },
  };
  app.put('/deals/:id', update, async (request) => updateDeal(app.db, actorFrom(request), request.params.id, request.body));
  app.patch('/deals/:id', update, async (request) => updateDeal(app.db, actorFrom(request), request.params.id, request.body));

  app.delete(
    '/deals/:id',
    {
      config: { access: { permission: 'delete_deals', scope: 'write:deals' } },
      schema: {
        summary: 'Delete a deal you can see',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => noContent(reply, deleteDeal(app.db, actorFrom(request), request.params.id)),
  );

  app.post(
    '/deals/:id/win',
    {
      config: { access: edit },
      schema: {
        summary: 'Win an open deal; `create_project: true` also creates a project for its client, with you as project administrator',
        description: `${OWN} Creating the project needs create_projects (and, for a token, write:projects). A deal already won or lost is 409.`,
        params: IdParams,
        body: WinDealBody,
        response: ok(Deal, 400, 401, 403, 404, 409),
      },
    },
    async (request) => winDeal(app.db, actorFrom(request), request.params.id, request.body ?? {}),
  );

  app.post(
    '/deals/:id/lose',
    {
      config: { access: edit },
      schema: {
        summary: 'Lose an open deal, saying why (`reason`)',
        description: `${OWN} A deal already won or lost is 409.`,
        params: IdParams,
        body: LoseDealBody,
        response: ok(Deal, 400, 401, 403, 404, 409),
      },
    },
    async (request) => loseDeal(app.db, actorFrom(request), request.params.id, request.body),
  );
};

export default dealsRoutes;
