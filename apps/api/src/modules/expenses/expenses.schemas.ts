import { Type } from 'typebox';
import { Id, IsoDate, IsoDateTime, Pagination, PaginationQuery } from '../../lib/schemas.js';
import { UserRef } from '../time-entries/time-entries.schemas.js';

// At most 2 decimals is checked in the service: JSON Schema's multipleOf 0.01 refuses 19.99 (binary floats).
// > 0 with at most 2 decimals is ≥ 0.01 (OpenAPI 3.0 has no numeric exclusiveMinimum).
const Amount = Type.Number({ minimum: 0.01, maximum: 1_000_000_000, description: 'At least 0.01, at most 1e9, at most 2 decimals' });
const Currency = Type.String({ pattern: '^[A-Z]{3}$', description: "ISO 4217 code, e.g. EUR; defaults to the project's currency" });
const Category = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });
const Description = Type.String({ maxLength: 5000 });

export const Expense = Type.Object({
  id: Type.Integer(),
  user_id: Type.Integer(),
  user: UserRef,
  project_id: Type.Integer(),
  date: IsoDate,
  amount: Type.Number(),
  currency: Type.String(),
  category: Type.String(),
  description: Type.String(),
  billable: Type.Boolean(),
  invoice_id: Type.Union([Type.Integer(), Type.Null()], {
    description: 'The invoice billing this expense (then it is locked); null when unbilled or its invoice was voided',
  }),
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
});

export const ExpenseList = Type.Object({ expenses: Type.Array(Expense), pagination: Pagination });

export const ExpensesQuery = Type.Object(
  {
    ...PaginationQuery,
    start_date: Type.Optional(IsoDate),
    end_date: Type.Optional(IsoDate),
    project_id: Type.Optional(Id),
    user_id: Type.Optional(Id),
    category: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    billable: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const CreateExpenseBody = Type.Object(
  {
    project_id: Id,
    date: IsoDate,
    amount: Amount,
    currency: Type.Optional(Currency),
    category: Category,
    description: Type.Optional(Description),
    billable: Type.Optional(Type.Boolean({ description: "Defaults to the project's billable setting" })),
    user_id: Type.Optional(Id),
  },
  { additionalProperties: false },
);

export const UpdateExpenseBody = Type.Object(
  {
    project_id: Type.Optional(Id),
    date: Type.Optional(IsoDate),
    amount: Type.Optional(Amount),
    currency: Type.Optional(Currency),
    category: Type.Optional(Category),
    description: Type.Optional(Description),
    billable: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
