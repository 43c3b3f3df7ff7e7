import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorFrom } from '../../lib/actor.js';
import { ok } from '../../lib/schemas.js';
import { Settings, SystemInfo, UpdateSettingsBody } from './settings.schemas.js';
import { APP_VERSION } from '../../version.js';
import { getSettings, systemInfo, updateSettings } from './settings.service.js';

const settingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/settings',
    {
      config: { access: { authenticated: true, scope: 'admin:all' } },
      schema: { summary: 'System settings (everyone signed in may read them)', response: ok(Settings, 401, 403) },
    },
    async () => getSettings(app.db),
  );

  app.patch(
    '/settings',
    {
      config: { access: { permission: 'manage_settings', scope: 'admin:all' } },
      schema: { summary: 'Change system settings', body: UpdateSettingsBody, response: ok(Settings, 400, 401, 403) },
    },
    async (request) => updateSettings(app.db, actorFrom(request), request.body),
  );

  app.get(
    '/system/info',
    {
      config: { access: { permission: 'view_system_info', scope: 'admin:all' } },
      schema: { summary: 'Versions, database and counts', response: ok(SystemInfo, 401, 403) },
    },
    async () => systemInfo(app.db, app.dbHandle.kind, APP_VERSION),
  );
};

export default settingsRoutes;
