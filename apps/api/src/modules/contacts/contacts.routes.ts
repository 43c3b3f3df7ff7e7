import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorFrom } from '../../lib/actor.js';
import { filterAndPage, noContent } from '../../lib/route-helpers.js';
import { created, errorResponses, IdParams, ok } from '../../lib/schemas.js';
import { Type } from 'typebox';
import { Contact, ContactList, ContactsQuery, CreateContactBody, UpdateContactBody } from './contacts.schemas.js';
import { createContact, deleteContact, getContact, listContacts, updateContact } from './contacts.service.js';

const VISIBILITY = "A contact is visible to whoever may see its client; anyone else gets 404 for the client's contacts.";

const read = { permission: 'view_contacts', scope: 'read:contacts' } as const;
const edit = { permission: 'edit_contacts', scope: 'write:contacts' } as const;

const contactsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/clients/:id/contacts',
    {
      config: { access: read },
      schema: {
        summary: "A client's contacts (the primary one first; `q` matches name, e-mail or title)",
        description: VISIBILITY,
        params: IdParams,
        querystring: ContactsQuery,
        response: ok(ContactList, 400, 401, 403, 404),
      },
    },
    async (request) => listContacts(app.db, actorFrom(request), request.params.id, ...filterAndPage(request.query)),
  );

  app.post(
    '/clients/:id/contacts',
    {
      config: { access: { permission: 'create_contacts', scope: 'write:contacts' } },
      schema: {
        summary: 'Add a contact to a client',
        description: VISIBILITY,
        params: IdParams,
        body: CreateContactBody,
        response: created(Contact, 400, 401, 403, 404),
      },
    },
    async (request, reply) => reply.status(201).send(await createContact(app.db, actorFrom(request), request.params.id, request.body)),
  );

  app.get(
    '/contacts/:id',
    {
      config: { access: read },
      schema: { summary: 'A contact', description: VISIBILITY, params: IdParams, response: ok(Contact, 400, 401, 403, 404) },
    },
    async (request) => getContact(app.db, actorFrom(request), request.params.id),
  );

  // PUT and PATCH are one operation: both change only the fields sent.
  const update = {
    config: { access: edit },
    schema: {
      summary: 'Update a contact (only the fields sent)',
      description: VISIBILITY,
      params: IdParams,
      body: UpdateContactBody,
      response: ok(Contact, 400, 401, 403, 404),
    },
  };
  app.put('/contacts/:id', update, async (request) => updateContact(app.db, actorFrom(request), request.params.id, request.body));
  app.patch('/contacts/:id', update, async (request) => updateContact(app.db, actorFrom(request), request.params.id, request.body));

  app.delete(
    '/contacts/:id',
    {
      config: { access: { permission: 'delete_contacts', scope: 'write:contacts' } },
      schema: { summary: 'Delete a contact', params: IdParams, response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) } },
    },
    async (request, reply) => noContent(reply, deleteContact(app.db, actorFrom(request), request.params.id)),
  );
};

export default contactsRoutes;
