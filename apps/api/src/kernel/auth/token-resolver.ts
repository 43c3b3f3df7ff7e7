/**
 * Turns `Authorization: Bearer tk_…` / `X-API-Key` into a principal: the token's scopes over its
 * owner's permissions as they are right now. Refusals have distinct messages; all of them cost
 * one (cached) lookup except the malformed case, which needs none.
 */
import { BlockList, isIPv6 } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, unauthorized } from '../../lib/errors.js';
import type { Principal } from '../../lib/actor.js';
import { memoisedAccessOf } from './authz-cache.js';
import { hashToken, isWellFormedToken } from './token-format.js';
import { UsageRecorder } from './usage-recorder.js';

declare module 'fastify' {
  interface FastifyInstance {
    tokenUsage: UsageRecorder;
  }
}

const USAGE_FLUSH_MS = 5_000;

function ipAllowed(allowed: string[], ip: string): boolean {
  const list = new BlockList();
  for (const entry of allowed) {
    const [address, bits] = entry.split('/');
    const type = isIPv6(address!) ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address!, type);
    else list.addSubnet(address!, Number(bits), type);
  }
  const mapped = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  return list.check(mapped, isIPv6(mapped) ? 'ipv6' : 'ipv4');
}

export async function installTokenResolver(app: FastifyInstance): Promise<void> {
  const usage = new UsageRecorder(app.db, (err) => app.log.warn({ err }, 'could not record API token usage; will retry'));
  usage.start(USAGE_FLUSH_MS);
  app.decorate('tokenUsage', usage);
  app.addHook('onClose', async () => usage.stop());

  const tokenIds = new WeakMap<FastifyRequest, number>();
  const perToken = app.createRateLimit({
    max: app.config.tokenRateLimit,
    timeWindow: 60_000,
    keyGenerator: (req) => `api-token:${tokenIds.get(req) ?? 'unknown'}`,
  });

  app.tokenResolver = async (request, presented): Promise<Principal> => {
    if (!isWellFormedToken(presented))
      throw unauthorized('Malformed API token: expected tk_ followed by 36 letters and digits with a valid checksum');
    const token = await app.authz.token(hashToken(presented));
    const now = new Date();
    if (!token) throw unauthorized('Unknown API token');
    if (token.revokedAt) throw unauthorized('This API token has been revoked');
    if (token.expiresAt <= now) throw unauthorized('This API token has expired');
    const owner = await app.authz.user(token.userId);
    if (!owner || !owner.isActive) throw unauthorized("This API token's owner is deactivated");
    // Recognised, though not yet accepted: an allowlist or rate-limit refusal is audited under the owner.
    request.claimedUser = { userId: owner.id, email: owner.email, via: 'token' };
    if (token.allowedIps && !ipAllowed(token.allowedIps, request.ip)) {
      throw new AppError('forbidden', `This API token may not be used from ${request.ip}`, {
        required_scope: null,
        available_scopes: token.scopes,
      });
    }
    tokenIds.set(request, token.id);
    const limit = await perToken(request);
    if (!limit.isAllowed && limit.isExceeded) {
      const retry = String(Math.max(1, limit.ttlInSeconds));
      throw new AppError(
        'rate_limited',
        `This API token made more than ${app.config.tokenRateLimit} requests in a minute; retry in ${retry} seconds`,
        { retry_after: Number(retry) },
        { 'Retry-After': retry },
      );
    }
    usage.record(token.id, request.ip);
    return {
      userId: owner.id,
      email: owner.email,
      account: memoisedAccessOf(owner, now),
      scopes: token.scopes,
      via: 'token',
      tokenId: token.id,
      timeSettings: await app.authz.timeSettingsOf(owner),
    };
  };
}
