import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorFrom } from '../../lib/actor.js';
import { notFound } from '../../lib/errors.js';
import { filterAndPage } from '../../lib/route-helpers.js';
import { created, IdParams, ok } from '../../lib/schemas.js';
import { ATTEMPT_RULES, attemptKeys, AttemptLimiter } from '../auth/attempt-limits.js';
import { effectivePermissionsOf, myPermissions } from '../authz/authz.views.js';
import {
  CreateUserBody,
  Me,
  MyPermissions,
  SetRolesBody,
  UpdateMeBody,
  UpdateUserBody,
  User,
  UserList,
  UserPermissions,
  UsersQuery,
} from './users.schemas.js';
import { createUser, getUser, listUsers, meView, setUserRoles, updateOwnProfile, updateUser } from './users.service.js';

/** Routes about yourself: any signed-in user. */
const readSelf = { authenticated: true, scope: 'read:users' } as const;
/** Yourself, or anyone with view_users (checked by the handler or service). */
const selfOrViewUsers = { authenticated: true, scope: 'admin:all' } as const;

const usersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // A taken email answers 409, which tells that it exists: how often one may try is limited.
  const emailChanges = new AttemptLimiter(app.attemptStore);

  app.get(
    '/users/me',
    {
      config: { access: readSelf },
      schema: {
        summary: 'Your own user, with the time settings that apply to you',
        description:
          "time_zone, week_start, locale and time_format are your own values, or the organisation's defaults where you have none (time_settings_source says which).",
        response: ok(Me, 401, 403),
      },
    },
    async (request) => meView(app.db, actorFrom(request).userId!),
  );

  app.patch(
    '/users/me',
    {
      config: { access: { authenticated: true, scope: 'write:users' } },
      schema: {
        summary: 'Update your own name, email or time settings',
        description: `Email changes are limited to ${ATTEMPT_RULES.emailChange.max} an hour (429 with Retry-After). Your password changes with POST /auth/password. A time setting set to null goes back to the organisation's default; an unknown time zone is a 400.`,
        body: UpdateMeBody,
        response: ok(Me, 400, 401, 403, 409, 429),
      },
    },
    async (request) => {
      const actor = actorFrom(request);
      if (request.body.email !== undefined)
        await emailChanges.take(attemptKeys.emailChange(actor.userId!), ATTEMPT_RULES.emailChange, 'Too many email changes');
      return updateOwnProfile(app.db, actor, request.body);
    },
  );

  app.get(
    '/users/me/permissions',
    {
      config: { access: readSelf },
      schema: {
        summary: 'Your effective permissions (what the web app gates on)',
        description: 'For API tokens, `scopes` lists the token scopes; the token can do what both its scopes and these permissions allow.',
        tags: ['users', 'authorization'],
        response: ok(MyPermissions, 401, 403),
      },
    },
    async (request) => myPermissions(app, actorFrom(request)),
  );

  app.get(
    '/users',
    {
      config: { access: { permission: 'view_users', scope: 'admin:all' } },
      schema: { summary: 'List users', querystring: UsersQuery, response: ok(UserList, 400, 401, 403) },
    },
    async (request) => listUsers(app.db, ...filterAndPage(request.query)),
  );

  app.post(
    '/users',
    {
      config: { access: { permission: 'create_users', scope: 'admin:all' } },
      schema: {
        summary: 'Create a user (default role: user)',
        description:
          'Setting `roles` also requires `manage_user_roles`; you can only assign roles whose permissions you hold, `admin` only as an administrator and `super_admin` only as a super admin.',
        body: CreateUserBody,
        response: created(User, 400, 401, 403, 409),
      },
    },
    async (request, reply) => reply.status(201).send(await createUser(app.db, actorFrom(request), request.body)),
  );

  app.get(
    '/users/:id',
    {
      config: { access: selfOrViewUsers },
      schema: { summary: 'A user (yourself, or anyone with view_users)', params: IdParams, response: ok(User, 400, 401, 403, 404) },
    },
    async (request) => getUser(app.db, actorFrom(request), request.params.id),
  );

  app.patch(
    '/users/:id',
    {
      config: { access: { permission: { anyOf: ['edit_users', 'delete_users'] }, scope: 'admin:all' } },
      schema: {
        summary: 'Edit a user; is_active needs delete_users (deactivation ends their sessions)',
        description:
          "You cannot edit a user who ranks above you or holds permissions you lack, nor deactivate yourself or the last super_admin. A password reset ends the user's sessions; your own password changes only with POST /auth/password.",
        params: IdParams,
        body: UpdateUserBody,
        response: ok(User, 400, 401, 403, 404, 409),
      },
    },
    async (request) => updateUser(app.db, actorFrom(request), request.params.id, request.body),
  );

  app.put(
    '/users/:id/roles',
    {
      config: { access: { permission: 'manage_user_roles', scope: 'admin:all' } },
      schema: {
        summary: "Replace a user's role assignments (each with an optional expiry)",
        description:
          'You cannot change your own roles, grant or remove a role with permissions you lack or above your rank (`admin` needs an administrator, `super_admin` a super admin), or remove the last super_admin.',
        tags: ['users', 'roles'],
        params: IdParams,
        body: SetRolesBody,
        response: ok(User, 400, 401, 403, 404, 409),
      },
    },
    async (request) => setUserRoles(app.db, actorFrom(request), request.params.id, request.body.roles),
  );

  app.get(
    '/users/:id/permissions',
    {
      config: { access: selfOrViewUsers },
      schema: {
        summary: "A user's effective permissions (yourself, or anyone with view_users)",
        tags: ['users', 'authorization'],
        params: IdParams,
        response: ok(UserPermissions, 400, 401, 403, 404),
      },
    },
    async (request) => {
      const actor = actorFrom(request);
      if (actor.userId !== request.params.id && !actor.account.permissions.has('view_users')) throw notFound('User');
      return effectivePermissionsOf(app.db, request.params.id);
    },
  );
};

export default usersRoutes;
