import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { filterAndPage } from '../../lib/route-helpers.js';
import { created, errorResponses, IdParams, ok } from '../../lib/schemas.js';
import { Client, ClientList, ClientsQuery, CreateClientBody, UpdateClientBody } from './clients.schemas.js';
import { createClient, deleteClient, getClient, listClients, updateClient } from './clients.service.js';

const NOTES = 'Internal `notes` appear in responses only for holders of manage_client_notes; sending `notes` without it is a 403.';

const read = { permission: 'view_clients', scope: 'read:clients' } as const;

const clientsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/clients',
    {
      config: { access: read },
      schema: {
        summary: 'Clients (active by default; `status=archived|all`, `q` matches name or email)',
        description: NOTES,
        querystring: ClientsQuery,
        response: ok(ClientList, 400, 401, 403),
      },
    },
    async (request) => listClients(app.db, actorFrom(request), ...filterAndPage(request.query)),
  );

  app.post(
    '/clients',
    {
      config: { access: { permission: 'create_clients', scope: 'write:clients' } },
      schema: { summary: 'Create a client', description: NOTES, body: CreateClientBody, response: created(Client, 400, 401, 403) },
    },
    async (request, reply) => reply.status(201).send(await createClient(app.db, actorFrom(request), request.body)),
  );

  app.get(
    '/clients/:id',
    {
      config: { access: read },
      schema: { summary: 'A client', description: NOTES, params: IdParams, response: ok(Client, 400, 401, 403, 404) },
    },
    async (request) => getClient(app.db, actorFrom(request), request.params.id),
  );

  app.put(
    '/clients/:id',
    {
      config: { access: { permission: 'edit_clients', scope: 'write:clients' } },
      schema: {
        summary: 'Update a client (including archiving or restoring it through `status`)',
        description: NOTES,
        params: IdParams,
        body: UpdateClientBody,
        response: ok(Client, 400, 401, 403, 404),
      },
    },
    async (request) => updateClient(app.db, actorFrom(request), request.params.id, request.body),
  );

  app.delete(
    '/clients/:id',
    {
      config: { access: { permission: 'delete_clients', scope: 'write:clients' } },
      schema: {
        summary: 'Delete a client (204), or archive it when a project still references it (200 with the archived client)',
        params: IdParams,
        response: { 200: Client, 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const archived = await deleteClient(app.db, actorFrom(request), request.params.id);
      return archived ? reply.status(200).send(archived) : reply.status(204).send(null);
    },
  );
};

export default clientsRoutes;
