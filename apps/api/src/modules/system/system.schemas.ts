import { Type } from 'typebox';

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
