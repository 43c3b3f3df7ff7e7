import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { errorResponses } from '../../lib/schemas.js';
import { Currency } from '../projects/projects.schemas.js';
import { APP_VERSION } from '../../version.js';
import { getSettings, systemInfo, updateSettings } from './settings.service.js';

const Settings = Type.Object({
  organisation_name: Type.String(),
  default_currency: Type.String(),
  week_starts_on: Type.Integer(),
  allow_self_approval: Type.Boolean(),
});

const UpdateSettingsBody = Type.Object(
  {
    organisation_name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })),
    default_currency: Type.Optional(Currency),
    week_starts_on: Type.Optional(Type.Integer({ minimum: 1, maximum: 7 })),
    allow_self_approval: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

const SystemInfo = Type.Object({
  app_version: Type.String(),
  api_version: Type.String(),
  node_version: Type.String(),
  database: Type.String(),
  database_version: Type.String(),
  uptime_seconds: Type.Integer(),
  authz_version: Type.Integer(),
  counts: Type.Object({ users: Type.Integer(), projects: Type.Integer(), time_entries: Type.Integer(), api_tokens: Type.Integer() }),
});

const settingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/settings',
    {
      config: { access: { authenticated: true, scope: 'admin:all' } },
      schema: {
        summary: 'System settings (everyone signed in may read them)',
        tags: ['system'],
        response: { 200: Settings, ...errorResponses(401, 403) },
      },
    },
    async () => getSettings(app.db),
  );

  app.patch(
    '/settings',
    {
      config: { access: { permission: 'manage_settings', scope: 'admin:all' } },
      schema: {
        summary: 'Change system settings',
        tags: ['system'],
        body: UpdateSettingsBody,
        response: { 200: Settings, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => updateSettings(app.db, actorFrom(request), request.body),
  );

  app.get(
    '/system/info',
    {
      config: { access: { permission: 'view_system_info', scope: 'admin:all' } },
      schema: { summary: 'Versions, database and counts', tags: ['system'], response: { 200: SystemInfo, ...errorResponses(401, 403) } },
    },
    async () => systemInfo(app.db, app.dbHandle.kind, APP_VERSION),
  );
};

export default settingsRoutes;
