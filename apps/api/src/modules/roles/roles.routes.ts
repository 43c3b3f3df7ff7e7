import { PERMISSION_NAMES, PERMISSIONS, permissionsByCategory, type PermissionDefinition } from '@timekeeper/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { noContent } from '../../lib/route-helpers.js';
import { created, errorResponses, IdParams, ok } from '../../lib/schemas.js';
import {
  CreateRoleBody,
  ImportBody,
  ImportResult,
  PermissionCatalog,
  Role,
  RoleExport,
  RoleList,
  RolePermissions,
  UpdateRoleBody,
} from './roles.schemas.js';
import {
  countUsersWithRoles,
  createRole,
  deleteRole,
  exportRoles,
  getRole,
  importRoles,
  listRoles,
  rolePermissionDetails,
  updateRole,
} from './roles.service.js';

/** Whoever assigns roles must be able to see them (docs/api/roles-and-permissions.md, the route table). */
const canSeeRoles = { permission: { anyOf: ['view_permissions', 'manage_roles', 'manage_user_roles'] }, scope: 'admin:all' } as const;

const manageRoles = { permission: 'manage_roles', scope: 'admin:all' } as const;

const rolesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/permissions',
    {
      config: { access: canSeeRoles },
      schema: { summary: 'The permission catalog, by category', response: ok(PermissionCatalog, 401, 403) },
    },
    async () => ({
      permissions: PERMISSION_NAMES.map((name) => ({
        name,
        description: PERMISSIONS[name].description,
        category: PERMISSIONS[name].category,
        implies: [...((PERMISSIONS[name] as PermissionDefinition).implies ?? [])],
      })),
      categories: permissionsByCategory(),
    }),
  );

  app.get(
    '/roles',
    {
      config: { access: canSeeRoles },
      schema: { summary: 'Roles with their permissions and user counts, plus statistics', response: ok(RoleList, 401, 403) },
    },
    async () => {
      const roles = await listRoles(app.db);
      const usersWithRoles = await countUsersWithRoles(app.db);
      return {
        roles,
        statistics: {
          total_roles: roles.length,
          system_roles: roles.filter((r) => r.is_system_role).length,
          custom_roles: roles.filter((r) => !r.is_system_role).length,
          users_with_roles: usersWithRoles,
        },
      };
    },
  );

  app.post(
    '/roles',
    {
      config: { access: manageRoles },
      schema: {
        summary: 'Create a custom role',
        description: 'You can only include permissions you hold yourself.',
        body: CreateRoleBody,
        response: created(Role, 400, 401, 403, 409),
      },
    },
    async (request, reply) => reply.status(201).send(await createRole(app.db, actorFrom(request), request.body)),
  );

  app.get(
    '/roles/export',
    {
      config: { access: manageRoles },
      schema: { summary: 'Export every role definition as JSON', response: ok(RoleExport, 401, 403) },
    },
    async () => exportRoles(app.db),
  );

  app.post(
    '/roles/import',
    {
      config: { access: { permission: 'manage_permissions', scope: 'admin:all' } },
      schema: {
        summary: 'Import role definitions (create or update by name, all or nothing)',
        body: ImportBody,
        response: ok(ImportResult, 400, 401, 403),
      },
    },
    async (request) => importRoles(app.db, actorFrom(request), request.body),
  );

  app.get(
    '/roles/:id',
    {
      config: { access: canSeeRoles },
      schema: { summary: 'A role', params: IdParams, response: ok(Role, 400, 401, 403, 404) },
    },
    async (request) => getRole(app.db, request.params.id),
  );

  app.get(
    '/roles/:id/permissions',
    {
      config: { access: canSeeRoles },
      schema: { summary: "A role's permissions with descriptions", params: IdParams, response: ok(RolePermissions, 400, 401, 403, 404) },
    },
    async (request) => rolePermissionDetails(app.db, request.params.id),
  );

  app.patch(
    '/roles/:id',
    {
      config: { access: manageRoles },
      schema: {
        summary: 'Edit a role',
        description: 'System roles cannot be renamed and change only with manage_permissions. You cannot add permissions you lack.',
        params: IdParams,
        body: UpdateRoleBody,
        response: ok(Role, 400, 401, 403, 404, 409),
      },
    },
    async (request) => updateRole(app.db, actorFrom(request), request.params.id, request.body),
  );

  app.delete(
    '/roles/:id',
    {
      config: { access: manageRoles },
      schema: {
        summary: 'Delete a custom role (409 while users hold it; system roles never)',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => noContent(reply, deleteRole(app.db, actorFrom(request), request.params.id)),
  );
};

export default rolesRoutes;
