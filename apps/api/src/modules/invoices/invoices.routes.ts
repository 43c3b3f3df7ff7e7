import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { pageFrom } from '../../lib/pagination.js';
import { errorResponses, Id, IdParams, IsoDate, IsoDateTime, Pagination, PaginationQuery, StringEnum } from '../../lib/schemas.js';
import { Currency, Money } from '../projects/projects.schemas.js';
import { getSettings } from '../settings/settings.service.js';
import { renderInvoiceHtml } from './invoice-html.js';
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

const Status = StringEnum(['draft', 'sent', 'paid', 'void'] as const);
const TaxRate = Type.Number({ minimum: 0, maximum: 100, multipleOf: 0.01 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(s: T) => Type.Union([s, Type.Null()]);

const Summary = {
  id: Type.Integer(),
  number: Type.String(),
  client_id: Nullable(Type.Integer()),
  project_id: Nullable(Type.Integer()),
  status: Status,
  currency: Type.String(),
  issue_date: Type.String(),
  due_date: Nullable(Type.String()),
  period_start: Nullable(Type.String()),
  period_end: Nullable(Type.String()),
  tax_rate: Type.Number(),
  subtotal: Type.Number(),
  tax_amount: Type.Number(),
  total: Type.Number(),
  amount_paid: Type.Number(),
  balance: Type.Number(),
  notes: Type.String(),
  created_by: Nullable(Type.Integer()),
  created_at: IsoDateTime,
  sent_at: Nullable(IsoDateTime),
  paid_at: Nullable(IsoDateTime),
  voided_at: Nullable(IsoDateTime),
};
const InvoiceSummary = Type.Object(Summary);
const Invoice = Type.Object({
  ...Summary,
  client: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  project: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  lines: Type.Array(
    Type.Object({
      id: Type.Integer(),
      position: Type.Integer(),
      description: Type.String(),
      quantity: Type.Number(),
      unit_price: Type.Number(),
      amount: Type.Number(),
      time_entry_id: Nullable(Type.Integer()),
      expense_id: Nullable(Type.Integer()),
    }),
  ),
  payments: Type.Array(
    Type.Object({
      id: Type.Integer(),
      amount: Type.Number(),
      paid_on: Type.String(),
      method: Type.String(),
      note: Type.String(),
      recorded_by: Nullable(Type.Integer()),
      created_at: IsoDateTime,
    }),
  ),
});

const Quantity = Type.Number({ minimum: 0.01, maximum: 1_000_000, multipleOf: 0.01 });
const LineBody = Type.Object(
  { description: Type.String({ minLength: 1, maxLength: 500 }), quantity: Quantity, unit_price: Money },
  { additionalProperties: false },
);
const EditLineBody = Type.Object(
  { id: Type.Optional(Id), description: Type.String({ minLength: 1, maxLength: 500 }), quantity: Quantity, unit_price: Money },
  { additionalProperties: false },
);
const Notes = Type.String({ maxLength: 5000 });

const invoicesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/invoices',
    {
      config: { access: { permission: 'view_own_invoices', scope: 'read:invoices' } },
      schema: {
        summary: 'Invoices you may see (yours, those of projects whose financials you see, or all with view_all_invoices)',
        tags: ['invoices'],
        querystring: Type.Object(
          { ...PaginationQuery, status: Type.Optional(Status), project_id: Type.Optional(Id), client_id: Type.Optional(Id) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ invoices: Type.Array(InvoiceSummary), pagination: Pagination }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { status, project_id, client_id } = request.query;
      return listInvoices(app.db, actorFrom(request), { status, project_id, client_id }, pageFrom(request.query));
    },
  );

  app.post(
    '/invoices',
    {
      config: { access: { permission: 'create_invoices', scope: 'write:invoices' } },
      schema: {
        summary: 'Create a draft invoice with manual lines',
        tags: ['invoices'],
        body: Type.Object(
          {
            client_id: Type.Optional(Nullable(Id)),
            project_id: Type.Optional(Nullable(Id)),
            currency: Currency,
            issue_date: Type.Optional(IsoDate),
            due_date: Type.Optional(Nullable(IsoDate)),
            tax_rate: Type.Optional(TaxRate),
            notes: Type.Optional(Notes),
            lines: Type.Array(LineBody, { minItems: 1, maxItems: 500 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Invoice, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.status(201).send(await createManualInvoice(app.db, actorFrom(request), request.body)),
  );

  app.post(
    '/invoices/from-time-entries',
    {
      config: { access: { permission: 'create_invoices', scope: 'write:invoices' } },
      schema: {
        summary: 'Draft an invoice from the unbilled billable time (and expenses) of a project or client in a period',
        description:
          'Needs the invoice action (≥ edit_financials) on every project billed. Each entry and expense is billed once; a concurrent attempt over the same entries gets 409.',
        tags: ['invoices'],
        body: Type.Object(
          {
            project_id: Type.Optional(Id),
            client_id: Type.Optional(Id),
            start_date: IsoDate,
            end_date: IsoDate,
            include_expenses: Type.Optional(Type.Boolean({ default: true })),
            only_approved: Type.Optional(Type.Boolean({ default: false })),
            tax_rate: Type.Optional(TaxRate),
            due_date: Type.Optional(Nullable(IsoDate)),
            notes: Type.Optional(Notes),
          },
          { additionalProperties: false },
        ),
        response: { 201: Invoice, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await createInvoiceFromTime(app.db, actorFrom(request), request.body)),
  );

  app.get(
    '/invoices/:id',
    {
      config: { access: { permission: 'view_own_invoices', scope: 'read:invoices' } },
      schema: {
        summary: 'An invoice with its lines and payments',
        tags: ['invoices'],
        params: IdParams,
        response: { 200: Invoice, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getInvoice(app.db, actorFrom(request), request.params.id),
  );

  app.get(
    '/invoices/:id/html',
    {
      config: { access: { permission: 'view_own_invoices', scope: 'read:invoices' } },
      schema: {
        summary: 'A printable HTML view of an invoice',
        tags: ['invoices'],
        params: IdParams,
        produces: ['text/html'],
        response: { 200: Type.String(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const invoice = await getInvoice(app.db, actorFrom(request), request.params.id);
      const { organisation_name } = await getSettings(app.db);
      return reply
        .type('text/html; charset=utf-8')
        .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
        .send(renderInvoiceHtml(invoice, organisation_name));
    },
  );

  app.put(
    '/invoices/:id',
    {
      config: { access: { permission: 'edit_invoices', scope: 'write:invoices' } },
      schema: {
        summary: 'Edit a draft: dates, tax, notes, lines (lines left out are removed; their entries become billable again)',
        tags: ['invoices'],
        params: IdParams,
        body: Type.Object(
          {
            issue_date: Type.Optional(IsoDate),
            due_date: Type.Optional(Nullable(IsoDate)),
            tax_rate: Type.Optional(TaxRate),
            notes: Type.Optional(Notes),
            lines: Type.Optional(Type.Array(EditLineBody, { maxItems: 500 })),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: Invoice, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateInvoice(app.db, actorFrom(request), request.params.id, request.body),
  );

  app.delete(
    '/invoices/:id',
    {
      config: { access: { permission: 'delete_invoices', scope: 'write:invoices' } },
      schema: {
        summary: 'Delete a draft (204), or void a sent invoice without payments (200)',
        tags: ['invoices'],
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
      config: { access: { permission: 'send_invoices', scope: 'write:invoices' } },
      schema: {
        summary: 'Mark a draft as sent',
        tags: ['invoices'],
        params: IdParams,
        response: { 200: Invoice, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => sendInvoice(app.db, actorFrom(request), request.params.id),
  );

  app.post(
    '/invoices/:id/payments',
    {
      config: { access: { permission: 'manage_payments', scope: 'write:invoices' } },
      schema: {
        summary: 'Record a payment on a sent invoice (never more than the balance); paid in full → status paid',
        tags: ['invoices'],
        params: IdParams,
        body: Type.Object(
          {
            amount: Type.Number({ minimum: 0.01, maximum: 1_000_000_000, multipleOf: 0.01 }),
            paid_on: Type.Optional(IsoDate),
            currency: Type.Optional(Currency),
            method: Type.Optional(Type.String({ maxLength: 100 })),
            note: Type.Optional(Type.String({ maxLength: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Invoice, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await recordPayment(app.db, actorFrom(request), request.params.id, request.body)),
  );
};

export default invoicesRoutes;
