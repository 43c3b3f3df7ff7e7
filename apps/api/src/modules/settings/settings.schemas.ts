import { Type } from 'typebox';
import { Currency } from '../projects/projects.schemas.js';

export const Settings = Type.Object({
  organisation_name: Type.String(),
  default_currency: Type.String(),
  week_starts_on: Type.Integer(),
  allow_self_approval: Type.Boolean(),
});

export const UpdateSettingsBody = Type.Object(
  {
    organisation_name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })),
    default_currency: Type.Optional(Currency),
    week_starts_on: Type.Optional(Type.Integer({ minimum: 1, maximum: 7 })),
    allow_self_approval: Type.Optional(Type.Boolean()),
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
