import { Type } from 'typebox';
import { LEAD_STATUSES } from '../../db/schema/index.js';
import { Id, IsoDateTime, Pagination, PaginationQuery, StringEnum } from '../../lib/schemas.js';
import { Client } from '../clients/clients.schemas.js';
import { Contact, OptionalEmail, OptionalPhone, OptionalText, SalesNotes } from '../contacts/contacts.schemas.js';
import { Amount, ConversionDealBody, Deal } from '../deals/deals.schemas.js';
import { UserRef } from '../time-entries/time-entries.schemas.js';

/** The statuses a lead is given by hand; `converted` only by POST /leads/{id}/convert. */
export const OPEN_LEAD_STATUSES = ['new', 'contacted', 'qualified', 'lost'] as const;

const LeadName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'The person' });
const NullableString = Type.Union([Type.String(), Type.Null()]);

export const Lead = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  company: NullableString,
  email: NullableString,
  phone: NullableString,
  source: NullableString,
  status: StringEnum(LEAD_STATUSES),
  owner_id: Type.Integer(),
  owner: UserRef,
  estimated_value: Type.Union([Type.Number(), Type.Null()]),
  currency: Type.String(),
  notes: Type.String(),
  converted_at: Type.Union([IsoDateTime, Type.Null()]),
  client_id: Type.Union([Type.Integer(), Type.Null()]),
  deal_id: Type.Union([Type.Integer(), Type.Null()]),
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
});

export const LeadList = Type.Object({ leads: Type.Array(Lead), pagination: Pagination });

export const LeadsQuery = Type.Object(
  {
    ...PaginationQuery,
    status: Type.Optional(StringEnum(LEAD_STATUSES)),
    owner_id: Type.Optional(Id),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Matches name, company or e-mail' })),
  },
  { additionalProperties: false },
);

const leadFields = {
  company: Type.Optional(OptionalText(200)),
  email: Type.Optional(OptionalEmail),
  phone: Type.Optional(OptionalPhone),
  source: Type.Optional(OptionalText(100)),
  status: Type.Optional(StringEnum(OPEN_LEAD_STATUSES, { description: '`converted` is set by converting the lead' })),
  owner_id: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, description: 'Someone else than you needs edit_all_leads' })),
  estimated_value: Type.Optional(Type.Union([Amount, Type.Null()])),
  currency: Type.Optional(
    Type.String({ pattern: '^[A-Z]{3}$', description: "ISO 4217 code, e.g. EUR; defaults to the organisation's currency" }),
  ),
  notes: Type.Optional(SalesNotes),
};

export const CreateLeadBody = Type.Object({ name: LeadName, ...leadFields }, { additionalProperties: false });

export const UpdateLeadBody = Type.Object(
  { name: Type.Optional(LeadName), ...leadFields },
  { additionalProperties: false, minProperties: 1 },
);

export const ConvertLeadBody = Type.Object(
  {
    client_id: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 2147483647, description: 'An existing client; or send create_client: true' }),
    ),
    create_client: Type.Optional(
      Type.Boolean({
        description: "true: a new client named after the lead's company (or the lead), with its e-mail and phone (needs create_clients)",
      }),
    ),
    deal: Type.Optional(ConversionDealBody),
  },
  { additionalProperties: false },
);

export const LeadConversion = Type.Object({
  lead: Lead,
  client: Client,
  contact: Contact,
  deal: Type.Union([Deal, Type.Null()]),
});
