import { PROJECT_ACTIONS } from '@timekeeper/shared';
import { Type } from 'typebox';
import { StringEnum } from '../../lib/schemas.js';

export const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  database: Type.Union([Type.Literal('ok'), Type.Literal('down')]),
  version: Type.String(),
});

const EndpointEntry = Type.Object({
  method: Type.String(),
  path: Type.String(),
  access: Type.String(),
  scope: Type.Union([Type.String(), Type.Null()]),
  permissions: Type.Array(Type.String()),
  permission_mode: Type.Union([Type.Literal('any'), Type.Literal('all'), Type.Null()], {
    description: 'With several permissions: whether any one or all are needed',
  }),
  project: Type.Union(
    [
      Type.Object({
        see: Type.Union([StringEnum(PROJECT_ACTIONS), Type.Null()], {
          description: 'Without this project action the object (or its project) is invisible: 404',
        }),
        action: Type.Union([StringEnum(PROJECT_ACTIONS), Type.Null()], {
          description: 'The project is visible, but without this project action: 403 naming required_project_level',
        }),
        note: Type.Union([Type.String(), Type.Null()], { description: 'Which object this describes, or other ways to pass' }),
      }),
      Type.Null(),
    ],
    { description: "The project checks the route's service makes (config.access.project); null when it makes none" },
  ),
});

export const Info = Type.Object({
  api_version: Type.String(),
  app_version: Type.String(),
  documentation_url: Type.String(),
  openapi_url: Type.String(),
  authentication: Type.Array(Type.Object({ type: Type.String(), description: Type.String() })),
  scopes: Type.Array(Type.Object({ name: Type.String(), description: Type.String(), admin_only: Type.Boolean() })),
  scope_presets: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), use_for: Type.String(), scopes: Type.Array(Type.String()) }),
  ),
  endpoints: Type.Array(EndpointEntry),
});
