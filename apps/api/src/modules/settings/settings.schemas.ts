import { Type } from 'typebox';
import { Currency } from '../projects/projects.schemas.js';
import { LocaleTag, TimeFormatName, TimeZoneName, WeekStartName } from '../users/users.schemas.js';

const LEGACY_WEEK_STARTS_ON =
  'Deprecated (read and write week_start): the ISO weekday week_start falls on, 1 = Monday, 6 = Saturday, 7 = Sunday';

const DealStage = Type.String({ minLength: 1, maxLength: 50, pattern: '\\S' });
const DEAL_STAGES = 'The stages of an open deal, in pipeline order (docs/api/crm.md#deal-stages)';

/** The organisation's details printed on invoices (docs/admin/configuration/README.md); '' when not set. */
const ORGANISATION_DETAILS = {
  organisation_address: Type.String({ maxLength: 1000, description: 'Postal address, lines separated by line breaks' }),
  organisation_tax_id: Type.String({ maxLength: 100, description: 'VAT or tax number' }),
  organisation_email: Type.Union([Type.Literal(''), Type.String({ format: 'email', maxLength: 254 })], {
    description: 'Billing email address',
  }),
  organisation_logo_url: Type.String({
    maxLength: 2000,
    pattern: '^(https?://\\S+)?$',
    description: 'Address of a logo image (http or https), shown on the printable invoice',
  }),
};

export const Settings = Type.Object({
  organisation_name: Type.String(),
  ...ORGANISATION_DETAILS,
  default_currency: Type.String(),
  week_starts_on: Type.Integer({ description: LEGACY_WEEK_STARTS_ON }),
  allow_self_approval: Type.Boolean(),
  default_time_zone: Type.String({ description: 'The zone of everyone who has not chosen their own (IANA name)' }),
  week_start: WeekStartName,
  default_locale: Type.String({ description: 'The locale of everyone who has not chosen their own (BCP 47)' }),
  default_time_format: TimeFormatName,
  deal_stages: Type.Array(Type.String(), { description: DEAL_STAGES }),
});

export const UpdateSettingsBody = Type.Object(
  {
    organisation_name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })),
    organisation_address: Type.Optional(ORGANISATION_DETAILS.organisation_address),
    organisation_tax_id: Type.Optional(ORGANISATION_DETAILS.organisation_tax_id),
    organisation_email: Type.Optional(ORGANISATION_DETAILS.organisation_email),
    organisation_logo_url: Type.Optional(ORGANISATION_DETAILS.organisation_logo_url),
    default_currency: Type.Optional(Currency),
    week_starts_on: Type.Optional(Type.Integer({ minimum: 1, maximum: 7, description: `${LEGACY_WEEK_STARTS_ON} (2–5: 400)` })),
    allow_self_approval: Type.Optional(Type.Boolean()),
    default_time_zone: Type.Optional(TimeZoneName),
    week_start: Type.Optional(WeekStartName),
    default_locale: Type.Optional(LocaleTag),
    default_time_format: Type.Optional(TimeFormatName),
    deal_stages: Type.Optional(Type.Array(DealStage, { minItems: 1, maxItems: 20, uniqueItems: true, description: DEAL_STAGES })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const SystemInfo = Type.Object({
  app_version: Type.String(),
  api_version: Type.String(),
  node_version: Type.String(),
  database: Type.String(),
  database_version: Type.String(),
  uptime_seconds: Type.Integer(),
  authz_version: Type.Integer(),
  counts: Type.Object({ users: Type.Integer(), projects: Type.Integer(), time_entries: Type.Integer(), api_tokens: Type.Integer() }),
});
