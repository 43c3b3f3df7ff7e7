import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { filterAndPage, noContent } from '../../lib/route-helpers.js';
import { created, errorResponses, IdParams, ok } from '../../lib/schemas.js';
import { ConvertLeadBody, CreateLeadBody, Lead, LeadConversion, LeadList, LeadsQuery, UpdateLeadBody } from './leads.schemas.js';
import { convertLead, createLead, deleteLead, getLead, listLeads, updateLead } from './leads.service.js';

const OWN =
  "Without view_all_leads you see only the leads you own (whatever `owner_id` asks for); another owner's lead is 404. " +
  'Changing a lead you can see but do not own needs edit_all_leads, and so does giving one to another owner.';

const read = { permission: 'view_own_leads', scope: 'read:leads' } as const;

const leadsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/leads',
    {
      config: { access: read },
      schema: {
        summary: 'Leads (newest first; filter by `status` and `owner_id`; `q` matches name, company or e-mail)',
        description: OWN,
        querystring: LeadsQuery,
        response: ok(LeadList, 400, 401, 403),
      },
    },
    async (request) => listLeads(app.db, actorFrom(request), ...filterAndPage(request.query)),
  );

  app.post(
    '/leads',
    {
      config: { access: { permission: 'create_leads', scope: 'write:leads' } },
      schema: {
        summary: 'Create a lead (yours unless `owner_id` says otherwise)',
        description: OWN,
        body: CreateLeadBody,
        response: created(Lead, 400, 401, 403, 404, 409),
      },
    },
    async (request, reply) => reply.status(201).send(await createLead(app.db, actorFrom(request), request.body)),
  );

  app.get(
    '/leads/:id',
    { config: { access: read }, schema: { summary: 'A lead', description: OWN, params: IdParams, response: ok(Lead, 400, 401, 403, 404) } },
    async (request) => getLead(app.db, actorFrom(request), request.params.id),
  );

  // PUT and PATCH are one operation: both change only the fields sent.
  const update = {
    config: { access: { permission: 'edit_own_leads', scope: 'write:leads' } as const },
    schema: {
      summary: 'Update a lead (only the fields sent)',
      description: OWN,
      params: IdParams,
      body: UpdateLeadBody,
      response: ok(Lead, 400, 401, 403, 404, 409),
    },
  };
  app.put('/leads/:id', update, async (request) => updateLead(app.db, actorFrom(request), request.params.id, request.body));
  app.patch('/leads/:id', update, async (request) => updateLead(app.db, actorFrom(request), request.params.id, request.body));

  app.delete(
    '/leads/:id',
    {
      config: { access: { permission: 'delete_leads', scope: 'write:leads' } },
      schema: {
        summary: 'Delete a lead you can see',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => noContent(reply, deleteLead(app.db, actorFrom(request), request.params.id)),
  );

  app.post(
    '/leads/:id/convert',
    {
      config: { access: { permission: 'convert_leads', scope: 'write:leads' } },
      schema: {
        summary: 'Convert a lead into a client (`client_id` or `create_client: true`), a contact and optionally a deal, in one step',
        description:
          `${OWN} Creating the client needs create_clients, the deal create_deals (tokens: write:clients, write:deals). ` +
          'The deal defaults to the lead: its company or name, estimated value, currency and owner. A converted lead is 409.',
        params: IdParams,
        body: ConvertLeadBody,
        response: ok(LeadConversion, 400, 401, 403, 404, 409),
      },
    },
    async (request) => convertLead(app.db, actorFrom(request), request.params.id, request.body),
  );
};

export default leadsRoutes;
