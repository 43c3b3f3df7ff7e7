import { Type } from 'typebox';
import { IsoDateTime, Pagination, PaginationQuery } from '../../lib/schemas.js';

/** Shared by the sales resources: an optional e-mail address, phone number or short text, `null` clears it. */
export const OptionalEmail = Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()]);
export const OptionalPhone = Type.Union([Type.String({ maxLength: 50 }), Type.Null()]);
export const OptionalText = (maxLength: number) => Type.Union([Type.String({ maxLength }), Type.Null()]);
export const SalesNotes = Type.String({ maxLength: 10000 });
const NullableString = Type.Union([Type.String(), Type.Null()]);
const FirstName = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });

export const Contact = Type.Object({
  id: Type.Integer(),
  client_id: Type.Integer(),
  first_name: Type.String(),
  last_name: NullableString,
  email: NullableString,
  phone: NullableString,
  title: NullableString,
  is_primary: Type.Boolean({ description: "The client's main contact; at most one per client" }),
  notes: Type.String(),
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
});

export const ContactList = Type.Object({ contacts: Type.Array(Contact), pagination: Pagination });

export const ContactsQuery = Type.Object(
  { ...PaginationQuery, q: Type.Optional(Type.String({ maxLength: 200, description: 'Matches first name, last name, e-mail or title' })) },
  { additionalProperties: false },
);

const contactFields = {
  last_name: Type.Optional(OptionalText(100)),
  email: Type.Optional(OptionalEmail),
  phone: Type.Optional(OptionalPhone),
  title: Type.Optional(OptionalText(100)),
  is_primary: Type.Optional(Type.Boolean({ description: 'true makes this the primary contact (the previous one stops being it)' })),
  notes: Type.Optional(SalesNotes),
};

export const CreateContactBody = Type.Object({ first_name: FirstName, ...contactFields }, { additionalProperties: false });

export const UpdateContactBody = Type.Object(
  { first_name: Type.Optional(FirstName), ...contactFields },
  { additionalProperties: false, minProperties: 1 },
);
