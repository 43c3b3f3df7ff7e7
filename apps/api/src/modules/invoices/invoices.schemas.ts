import { Type } from 'typebox';
import { INVOICE_STATUSES } from '../../db/schema/index.js';
import { Id, IsoDate, IsoDateTime, Pagination, PaginationQuery, StringEnum } from '../../lib/schemas.js';
import { Currency, Money } from '../projects/projects.schemas.js';

export const InvoiceStatus = StringEnum(INVOICE_STATUSES);
const TaxRate = Type.Number({ minimum: 0, maximum: 100, multipleOf: 0.01 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(s: T) => Type.Union([s, Type.Null()]);

const Summary = {
  id: Type.Integer(),
  number: Type.String(),
  client_id: Nullable(Type.Integer()),
  project_id: Nullable(Type.Integer()),
  status: InvoiceStatus,
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
export const InvoiceSummary = Type.Object(Summary);
export const Invoice = Type.Object({
  ...Summary,
  client: Nullable(
    Type.Object(
      { id: Type.Integer(), name: Type.String(), email: Nullable(Type.String()), address: Nullable(Type.String()) },
      { description: 'The billed client: name, and the email and address printed on the invoice' },
    ),
  ),
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

export const InvoicesQuery = Type.Object(
  { ...PaginationQuery, status: Type.Optional(InvoiceStatus), project_id: Type.Optional(Id), client_id: Type.Optional(Id) },
  { additionalProperties: false },
);

export const InvoiceList = Type.Object({ invoices: Type.Array(InvoiceSummary), pagination: Pagination });

export const CreateInvoiceBody = Type.Object(
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
);

export const InvoiceFromTimeBody = Type.Object(
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
);

export const UpdateInvoiceBody = Type.Object(
  {
    issue_date: Type.Optional(IsoDate),
    due_date: Type.Optional(Nullable(IsoDate)),
    tax_rate: Type.Optional(TaxRate),
    notes: Type.Optional(Notes),
    lines: Type.Optional(Type.Array(EditLineBody, { maxItems: 500 })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const PaymentBody = Type.Object(
  {
    amount: Type.Number({ minimum: 0.01, maximum: 1_000_000_000, multipleOf: 0.01 }),
    paid_on: Type.Optional(IsoDate),
    currency: Type.Optional(Currency),
    method: Type.Optional(Type.String({ maxLength: 100 })),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
