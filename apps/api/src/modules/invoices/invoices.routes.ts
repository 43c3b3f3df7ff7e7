import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { TzQuery } from '../../lib/caller-calendar.js';
import { filterAndPage } from '../../lib/route-helpers.js';
import { created, errorResponses, IdParams, ok } from '../../lib/schemas.js';
import { getSettings } from '../settings/settings.service.js';
import { invoiceHtmlPolicy, renderInvoiceHtml } from './invoice-html.js';
import {
  CreateInvoiceBody,
  Invoice,
  InvoiceFromTimeBody,
  InvoiceList,
  InvoicesQuery,
  InvoiceSummary,
  PaymentBody,
  UpdateInvoiceBody,
} from './invoices.schemas.js';
import {
  createInvoiceFromTime,
  createManualInvoice,
  deleteInvoice,
  getInvoice,
  listInvoices,
  recordPayment,
  sendInvoice,
  updateInvoice,
} from './invoices.service.js';

/** Creating an invoice: the invoice action on the project billed. */
const invoiceProject = { see: 'view_project', action: 'invoice', note: 'with `project_id`' } as const;
/** Reading one invoice: whoever may see its project's financials, its creator, or `view_all_invoices`. */
const readInvoice = {
  permission: 'view_own_invoices',
  scope: 'read:invoices',
  project: { see: 'view_financials', note: 'or the invoice’s creator, or `view_all_invoices`' },
} as const;
/** Changing one invoice: the invoice action on its project, seen as for reading it. */
const onInvoice = { see: 'view_financials', action: 'invoice', note: 'seeing as for `GET /invoices/{id}`' } as const;

const invoicesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/invoices',
    {
      config: { access: { permission: 'view_own_invoices', scope: 'read:invoices' } },
      schema: {
        summary: 'Invoices you may see (yours, those of projects whose financials you see, or all with view_all_invoices)',
        querystring: InvoicesQuery,
        response: ok(InvoiceList, 400, 401, 403),
      },
    },
    async (request) => listInvoices(app.db, actorFrom(request), ...filterAndPage(request.query)),
  );

  app.post(
    '/invoices',
    {
      config: { access: { permission: 'create_invoices', scope: 'write:invoices', project: invoiceProject } },
      schema: {
        summary: 'Create a draft invoice with manual lines',
        body: CreateInvoiceBody,
        response: created(Invoice, 400, 401, 403, 404),
      },
    },
    async (request, reply) => reply.status(201).send(await createManualInvoice(app.db, actorFrom(request), request.body)),
  );

  app.post(
    '/invoices/from-time-entries',
    {
      config: { access: { permission: 'create_invoices', scope: 'write:invoices', project: invoiceProject } },
      schema: {
        summary: 'Draft an invoice from the unbilled billable time (and expenses) of a project or client in a period',
        description:
          'Needs the invoice action (≥ edit_financials) on every project billed. Each entry and expense is billed once; a concurrent attempt over the same entries gets 409. ' +
          'start_date and end_date are days in your time zone (or tz for this request), both included: the entries whose start_time falls on them; each line is dated on your day, and the issue date is your today.',
        querystring: TzQuery,
        body: InvoiceFromTimeBody,
        response: created(Invoice, 400, 401, 403, 404, 409, 422),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInvoiceFromTime(app.db, actorFrom(request), request.body, request.query.tz)),
  );

  app.get(
    '/invoices/:id',
    {
      config: { access: readInvoice },
      schema: { summary: 'An invoice with its lines and payments', params: IdParams, response: ok(Invoice, 400, 401, 403, 404) },
    },
    async (request) => getInvoice(app.db, actorFrom(request), request.params.id),
  );

  app.get(
    '/invoices/:id/html',
    {
      config: { access: readInvoice },
      schema: {
        summary: 'A printable HTML view of an invoice',
        params: IdParams,
        produces: ['text/html'],
        response: ok(Type.String(), 400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      const invoice = await getInvoice(app.db, actorFrom(request), request.params.id);
      const settings = await getSettings(app.db);
      const issuer = {
        name: settings.organisation_name,
        address: settings.organisation_address,
        taxId: settings.organisation_tax_id,
        email: settings.organisation_email,
        logoUrl: settings.organisation_logo_url,
      };
      return reply
        .type('text/html; charset=utf-8')
        .header('Content-Security-Policy', invoiceHtmlPolicy(issuer))
        .send(renderInvoiceHtml(invoice, issuer));
    },
  );

  app.put(
    '/invoices/:id',
    {
      config: { access: { permission: 'edit_invoices', scope: 'write:invoices', project: onInvoice } },
      schema: {
        summary: 'Edit a draft: dates, tax, notes, lines (lines left out are removed; their entries become billable again)',
        params: IdParams,
        body: UpdateInvoiceBody,
        response: ok(Invoice, 400, 401, 403, 404, 409),
      },
    },
    async (request) => updateInvoice(app.db, actorFrom(request), request.params.id, request.body),
  );

  app.delete(
    '/invoices/:id',
    {
      config: { access: { permission: 'delete_invoices', scope: 'write:invoices', project: onInvoice } },
      schema: {
        summary: 'Delete a draft (204), or void a sent invoice without payments (200)',
        params: IdParams,
        response: { 200: InvoiceSummary, 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await deleteInvoice(app.db, actorFrom(request), request.params.id);
      return 'deleted' in result ? reply.status(204).send(null) : reply.status(200).send(result.voided);
    },
  );

  app.post(
    '/invoices/:id/send',
    {
      config: { access: { permission: 'send_invoices', scope: 'write:invoices', project: onInvoice } },
      schema: { summary: 'Mark a draft as sent', params: IdParams, response: ok(Invoice, 400, 401, 403, 404, 409, 422) },
    },
    async (request) => sendInvoice(app.db, actorFrom(request), request.params.id),
  );

  app.post(
    '/invoices/:id/payments',
    {
      config: { access: { permission: 'manage_payments', scope: 'write:invoices', project: onInvoice } },
      schema: {
        summary: 'Record a payment on a sent invoice (never more than the balance); paid in full → status paid',
        params: IdParams,
        body: PaymentBody,
        response: created(Invoice, 400, 401, 403, 404, 409, 422),
      },
    },
    async (request, reply) => reply.status(201).send(await recordPayment(app.db, actorFrom(request), request.params.id, request.body)),
  );
};

export default invoicesRoutes;
