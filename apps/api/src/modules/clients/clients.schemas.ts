import { Type } from 'typebox';
import { CLIENT_STATUSES } from '../../db/schema/index.js';
import { IsoDateTime, Pagination, PaginationQuery, StringEnum } from '../../lib/schemas.js';

const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Email = Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()]);
const Phone = Type.Union([Type.String({ maxLength: 50 }), Type.Null()]);
const Address = Type.Union([Type.String({ maxLength: 1000 }), Type.Null()]);
const Notes = Type.String({ maxLength: 10000, description: 'Internal; needs manage_client_notes to read or write' });

export const Client = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  status: StringEnum(CLIENT_STATUSES),
  // Internal notes: present only for holders of manage_client_notes.
  notes: Type.Optional(Type.String()),
  project_count: Type.Integer({ description: 'Projects (any status) that reference this client' }),
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
});

export const ClientList = Type.Object({ clients: Type.Array(Client), pagination: Pagination });

export const ClientsQuery = Type.Object(
  {
    ...PaginationQuery,
    status: Type.Optional(StringEnum(['active', 'archived', 'all'] as const, { default: 'active' })),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Matches name or email' })),
  },
  { additionalProperties: false },
);

export const CreateClientBody = Type.Object(
  {
    name: Name,
    email: Type.Optional(Email),
    phone: Type.Optional(Phone),
    address: Type.Optional(Address),
    notes: Type.Optional(Notes),
  },
  { additionalProperties: false },
);

export const UpdateClientBody = Type.Object(
  {
    name: Type.Optional(Name),
    email: Type.Optional(Email),
    phone: Type.Optional(Phone),
    address: Type.Optional(Address),
    notes: Type.Optional(Notes),
    status: Type.Optional(StringEnum(CLIENT_STATUSES)),
  },
  { additionalProperties: false, minProperties: 1 },
);
