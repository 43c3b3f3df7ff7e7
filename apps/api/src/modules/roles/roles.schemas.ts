import { ROLE_NAME_PATTERN } from '@timekeeper/shared';
import { Type } from 'typebox';
import { IsoDateTime } from '../../lib/schemas.js';

export const RoleName = Type.String({
  pattern: ROLE_NAME_PATTERN,
  minLength: 2,
  maxLength: 50,
  description: 'lowercase letters, digits and underscores',
});
const PermissionName = Type.String({ minLength: 1, maxLength: 100 });

export const Role = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  description: Type.String(),
  is_system_role: Type.Boolean(),
  permissions: Type.Array(Type.String()),
  user_count: Type.Integer({ description: 'Users holding the role now (unexpired assignments)' }),
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
});

export const RoleList = Type.Object({
  roles: Type.Array(Role),
  statistics: Type.Object({
    total_roles: Type.Integer(),
    system_roles: Type.Integer(),
    custom_roles: Type.Integer(),
    users_with_roles: Type.Integer(),
  }),
});

export const CreateRoleBody = Type.Object(
  {
    name: RoleName,
    description: Type.Optional(Type.String({ maxLength: 500 })),
    permissions: Type.Array(PermissionName, { maxItems: 200 }),
  },
  { additionalProperties: false },
);

export const UpdateRoleBody = Type.Object(
  {
    name: Type.Optional(RoleName),
    description: Type.Optional(Type.String({ maxLength: 500 })),
    permissions: Type.Optional(Type.Array(PermissionName, { maxItems: 200 })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const RolePermissions = Type.Object({
  role_id: Type.Integer(),
  name: Type.String(),
  description: Type.String(),
  is_system_role: Type.Boolean(),
  permissions: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), category: Type.String(), description: Type.String() })),
});

export const PermissionCatalog = Type.Object({
  permissions: Type.Array(
    Type.Object({ name: Type.String(), description: Type.String(), category: Type.String(), implies: Type.Array(Type.String()) }),
  ),
  categories: Type.Array(Type.Object({ name: Type.String(), label: Type.String(), permissions: Type.Array(Type.String()) })),
});

const ExportedRole = Type.Object(
  {
    name: RoleName,
    description: Type.Optional(Type.String({ maxLength: 500 })),
    is_system_role: Type.Optional(Type.Boolean()),
    permissions: Type.Array(PermissionName, { maxItems: 200 }),
  },
  { additionalProperties: false },
);

export const RoleExport = Type.Object({ format: Type.String(), exported_at: IsoDateTime, roles: Type.Array(ExportedRole) });

export const ImportBody = Type.Object(
  {
    format: Type.String({ maxLength: 50 }),
    exported_at: Type.Optional(Type.String({ maxLength: 50 })),
    roles: Type.Array(ExportedRole, { minItems: 1, maxItems: 200 }),
  },
  { additionalProperties: false },
);

export const ImportResult = Type.Object({
  created: Type.Array(Type.String()),
  updated: Type.Array(Type.String()),
  unchanged: Type.Array(Type.String()),
});
