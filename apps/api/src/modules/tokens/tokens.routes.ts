import { SCOPE_NAMES, SCOPE_PRESETS, SCOPES, scopeSatisfies, type RequiredScope } from '@timekeeper/shared';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorFrom } from '../../lib/actor.js';
import { filterAndPage, noContent } from '../../lib/route-helpers.js';
import { created, errorResponses, IdParams, ok } from '../../lib/schemas.js';
import {
  AdminTokenList,
  AdminTokensQuery,
  CreatedToken,
  CreateTokenBody,
  ScopeCatalog,
  Token,
  TokenList,
  TokensQuery,
  UpdateTokenBody,
} from './tokens.schemas.js';
import {
  adminRevokeToken,
  createToken,
  getOwnToken,
  listAllTokens,
  listOwnTokens,
  revokeOwnToken,
  rotateOwnToken,
  updateOwnToken,
} from './tokens.service.js';

/**
 * A token reads its owner's tokens with read:api_tokens and manages them with write:api_tokens;
 * what it creates, edits or rotates stays within itself (tokens.service.ts). Every user's tokens
 * are administration: admin:all.
 */
const readOwnTokens = { permission: 'manage_own_api_tokens', scope: 'read:api_tokens' } as const;
const writeOwnTokens = { permission: 'manage_own_api_tokens', scope: 'write:api_tokens' } as const;
const allTokens = { permission: 'manage_api_tokens', scope: 'admin:all' } as const;

const tokensRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const maxDays = app.config.tokenMaxDays;

  app.get(
    '/scopes',
    {
      config: { access: { public: true, reason: 'The scope catalog is documentation, like /info' } },
      schema: { summary: 'Token scopes with descriptions, and the preset combinations', response: { 200: ScopeCatalog } },
    },
    async () => ({
      scopes: SCOPE_NAMES.map((name) => ({
        name,
        description: SCOPES[name].description,
        admin_only: 'adminOnly' in SCOPES[name],
        // What else a token holding this scope may call.
        implies: SCOPE_NAMES.filter((other) =>
          other === 'admin:all' ? name === '*' : other !== name && !other.includes('*') && scopeSatisfies([name], other as RequiredScope),
        ),
      })),
      presets: SCOPE_PRESETS.map((p) => ({ ...p, scopes: [...p.scopes] })),
      max_lifetime_days: maxDays,
    }),
  );

  app.get(
    '/api-tokens',
    {
      config: { access: readOwnTokens },
      schema: { summary: 'Your API tokens (never the secrets)', querystring: TokensQuery, response: ok(TokenList, 400, 401, 403) },
    },
    async (request) => listOwnTokens(app.db, actorFrom(request), ...filterAndPage(request.query), app.tokenUsage),
  );

  app.post(
    '/api-tokens',
    {
      config: { access: writeOwnTokens },
      schema: {
        summary: 'Create an API token; the secret is in the response, once',
        description:
          'Give exactly one of `expires_at` or `expires_in_days`. Wildcards and admin:all are for administrators; other scopes must be backed by your permissions (422 names the refused scope). Made with a token (`write:api_tokens`), the new token holds only scopes that token holds, expires no later, and stays within its IP allowlist.',
        body: CreateTokenBody,
        response: created(CreatedToken, 400, 401, 403, 422),
      },
    },
    async (request, reply) => {
      const { view, token } = await createToken(app.db, maxDays, actorFrom(request), request.body);
      return reply
        .status(201)
        .header('Cache-Control', 'no-store')
        .send({ ...view, token });
    },
  );

  app.get(
    '/api-tokens/:id',
    {
      config: { access: readOwnTokens },
      schema: { summary: 'One of your API tokens', params: IdParams, response: ok(Token, 400, 401, 403, 404) },
    },
    async (request) => getOwnToken(app.db, actorFrom(request), request.params.id, app.tokenUsage),
  );

  app.patch(
    '/api-tokens/:id',
    {
      config: { access: writeOwnTokens },
      schema: {
        summary: 'Rename a token, or change its scopes or IP allowlist',
        params: IdParams,
        body: UpdateTokenBody,
        response: ok(Token, 400, 401, 403, 404, 409, 422),
      },
    },
    async (request) => updateOwnToken(app.db, actorFrom(request), request.params.id, request.body),
  );

  app.delete(
    '/api-tokens/:id',
    {
      config: { access: writeOwnTokens },
      schema: {
        summary: 'Revoke one of your tokens (at once, on every instance)',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => noContent(reply, revokeOwnToken(app.db, actorFrom(request), request.params.id)),
  );

  app.post(
    '/api-tokens/:id/rotate',
    {
      config: { access: writeOwnTokens },
      schema: {
        summary: 'Issue a new secret with the same scopes and lifetime; the old token is revoked',
        params: IdParams,
        response: created(CreatedToken, 400, 401, 403, 404, 409, 422),
      },
    },
    async (request, reply) => {
      const { view, token } = await rotateOwnToken(app.db, maxDays, actorFrom(request), request.params.id);
      return reply
        .status(201)
        .header('Cache-Control', 'no-store')
        .send({ ...view, token });
    },
  );

  app.get(
    '/admin/api-tokens',
    {
      config: { access: allTokens },
      schema: { summary: "Every user's API tokens with usage", querystring: AdminTokensQuery, response: ok(AdminTokenList, 400, 401, 403) },
    },
    async (request) => listAllTokens(app.db, ...filterAndPage(request.query), app.tokenUsage),
  );

  app.delete(
    '/admin/api-tokens/:id',
    {
      config: { access: allTokens },
      schema: {
        summary: "Revoke any user's token",
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => noContent(reply, adminRevokeToken(app.db, actorFrom(request), request.params.id)),
  );
};

export default tokensRoutes;
