import { Type } from 'typebox';
import { DEAL_STATUSES } from '../../db/schema/index.js';
import { Id, IsoDate, IsoDateTime, Pagination, PaginationQuery, StringEnum } from '../../lib/schemas.js';
import { SalesNotes } from '../contacts/contacts.schemas.js';
import { UserRef } from '../time-entries/time-entries.schemas.js';

/** An amount of money; at most 2 decimals is checked in the service (JSON Schema's multipleOf 0.01 refuses 19.99). */
export const Amount = Type.Number({ minimum: 0, maximum: 1_000_000_000, description: 'At least 0, at most 1e9, at most 2 decimals' });
const OptionalAmount = Type.Union([Amount, Type.Null()]);
const SalesCurrency = Type.String({
  pattern: '^[A-Z]{3}$',
  description: "ISO 4217 code, e.g. EUR; defaults to the organisation's currency",
});
const DealName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Stage = Type.String({ minLength: 1, maxLength: 50, description: 'One of the deal stages (GET /deals/stages)' });
const Probability = Type.Union([Type.Integer({ minimum: 0, maximum: 100, description: 'Per cent' }), Type.Null()]);
const Reference = Type.Union([Id, Type.Null()]);
const NullableInteger = Type.Union([Type.Integer(), Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);

export const ClientRef = Type.Object({ id: Type.Integer(), name: Type.String() });

export const Deal = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  client_id: NullableInteger,
  client: Type.Union([ClientRef, Type.Null()]),
  contact_id: NullableInteger,
  owner_id: Type.Integer(),
  owner: UserRef,
  status: StringEnum(DEAL_STATUSES),
  stage: Type.String(),
  value_amount: Type.Union([Type.Number(), Type.Null()]),
  currency: Type.String(),
  probability: NullableInteger,
  expected_close_date: Type.Union([IsoDate, Type.Null()]),
  closed_at: Type.Union([IsoDateTime, Type.Null()]),
  lost_reason: NullableString,
  project_id: NullableInteger,
  notes: Type.String(),
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
});

export const DealList = Type.Object({ deals: Type.Array(Deal), pagination: Pagination });

export const DealStages = Type.Object({
  stages: Type.Array(Type.String(), { description: 'The stages of open deals, in pipeline order (the deal_stages setting)' }),
});

export const DealsQuery = Type.Object(
  {
    ...PaginationQuery,
    status: Type.Optional(StringEnum(DEAL_STATUSES)),
    stage: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    owner_id: Type.Optional(Id),
    client_id: Type.Optional(Id),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Matches the name or the notes' })),
  },
  { additionalProperties: false },
);

/** A deal's client and contact (a lead's conversion sets them itself). */
const dealLinks = {
  client_id: Type.Optional(Reference),
  contact_id: Type.Optional(Type.Union([Id, Type.Null()], { description: "One of the client's contacts" })),
};

/** The other fields a deal is created with; a lead's conversion takes the same. */
export const dealFields = {
  owner_id: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, description: 'Someone else than you needs edit_all_deals' })),
  stage: Type.Optional(Stage),
  value_amount: Type.Optional(OptionalAmount),
  currency: Type.Optional(SalesCurrency),
  probability: Type.Optional(Probability),
  expected_close_date: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  notes: Type.Optional(SalesNotes),
};

export const CreateDealBody = Type.Object({ name: DealName, ...dealLinks, ...dealFields }, { additionalProperties: false });

export const UpdateDealBody = Type.Object(
  { name: Type.Optional(DealName), ...dealLinks, ...dealFields },
  { additionalProperties: false, minProperties: 1 },
);

/** The deal a lead's conversion creates, for the conversion's client and contact: name, value and owner default to the lead's. */
export const ConversionDealBody = Type.Object({ name: Type.Optional(DealName), ...dealFields }, { additionalProperties: false });

export const WinDealBody = Type.Object(
  {
    create_project: Type.Optional(
      Type.Boolean({
        description: "Create a project for the deal's client, with you as its project administrator (needs create_projects)",
      }),
    ),
  },
  { additionalProperties: false },
);

export const LoseDealBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S', description: 'Why the deal was lost' }) },
  { additionalProperties: false },
);
