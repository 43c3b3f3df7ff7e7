/**
 * L4: refused requests (403), CSRF failures and 429s reach the audit log, aggregated per
 * (action, who, route) and window so that an attack cannot flood it, written off the request
 * path (docs/api/audit-logs.md#refusals). Against PGlite and PostgreSQL.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditLogs } from '../src/db/schema/index.js';
import { createTestApp, describeEachDb } from './helpers/app.js';
import { type Client, userWith } from './helpers/client.js';
import { tokenClient, useTestApp } from './helpers/fixtures.js';

const REFUSALS = ['access.denied', 'csrf.failed', 'rate_limit.exceeded', 'audit.refusals_dropped'];

describeEachDb('audit of refused requests', (kind) => {
  const t = useTestApp(kind, { env: { TK_TOKEN_RATE_LIMIT: '3' }, refusalAudit: { maxKeys: 6 } });

  const rowsOf = (userId: number | null, action?: string) =>
    t.db.db
      .select()
      .from(auditLogs)
      .where(
        and(
          userId === null ? undefined : eq(auditLogs.actorUserId, userId),
          action ? eq(auditLogs.action, action) : inArray(auditLogs.action, REFUSALS),
        ),
      )
      .orderBy(asc(auditLogs.id));

  const token = (owner: Client, scopes: string[]) => tokenClient(owner, scopes, { name: 'refusals', expires_in_days: 1 });

  it('L4 refused requests (403) are audited as access.denied, one row per user, route and window with a count', async () => {
    const user = await userWith(t.app, ['user']);
    for (let i = 0; i < 5; i++) expect((await user.get('/api/v1/users')).statusCode).toBe(403);
    expect((await user.get('/api/v1/audit-logs?action=x')).statusCode).toBe(403);
    // Counted in memory: nothing is written on the request path.
    expect(await rowsOf(user.userId)).toHaveLength(0);
    await t.app.refusalAudit.flush();
    const rows = await rowsOf(user.userId);
    expect(rows.map((r) => [r.action, r.targetType, r.targetId, (r.after as { count: number }).count])).toEqual([
      ['access.denied', 'route', 'GET /api/v1/users', 5],
      ['access.denied', 'route', 'GET /api/v1/audit-logs', 1],
    ]);
    expect(rows[0]).toMatchObject({ via: 'session', actorEmail: user.email, ip: '127.0.0.1' });
    expect(rows[0]!.after).toMatchObject({ status: 403, message: "This action requires the 'view_users' permission" });
    // A token's refusal (missing scope) is audited under its owner, via token.
    const api = await token(user, ['read:users']);
    expect((await api.get('/api/v1/projects')).statusCode).toBe(403);
    await t.app.refusalAudit.flush();
    expect((await rowsOf(user.userId)).at(-1)).toMatchObject({ action: 'access.denied', via: 'token', targetId: 'GET /api/v1/projects' });
  });

  it('L4 CSRF failures are audited as csrf.failed under the session’s user', async () => {
    const user = await userWith(t.app, ['user']);
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/users/me',
        headers: { cookie: user.cookie! },
        payload: { name: 'x' },
      });
      expect(res.json().code).toBe('csrf_failed');
    }
    await t.app.refusalAudit.flush();
    const rows = await rowsOf(user.userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'csrf.failed',
      via: 'session',
      targetId: 'PATCH /api/v1/users/me',
      after: { count: 3, status: 403 },
    });
  });

  it('L4 429s are audited as rate_limit.exceeded, and an IP-allowlist refusal as access.denied', async () => {
    const user = await userWith(t.app, ['user']);
    const api = await token(user, ['read:users']);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await api.get('/api/v1/users/me')).statusCode);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    const fenced = await user.post('/api/v1/api-tokens', {
      name: 'fenced',
      scopes: ['read:users'],
      expires_in_days: 1,
      allowed_ips: ['192.0.2.1'],
    });
    const refused = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users/me',
      headers: { authorization: `Bearer ${fenced.json().token}` },
      remoteAddress: '198.51.100.9',
    });
    expect(refused.statusCode).toBe(403);
    await t.app.refusalAudit.flush();
    const rows = await rowsOf(user.userId);
    expect(rows.map((r) => [r.action, r.via, r.targetId, (r.after as { count: number }).count, r.ip])).toEqual([
      ['rate_limit.exceeded', 'token', 'GET /api/v1/users/me', 3, '127.0.0.1'],
      ['access.denied', 'token', 'GET /api/v1/users/me', 1, '198.51.100.9'],
    ]);
  });

  it('L4 the in-memory count is bounded: refusals past the cap are only counted, as one audit.refusals_dropped row', async () => {
    const user = await userWith(t.app, ['user']);
    const routes = [
      '/api/v1/projects',
      '/api/v1/clients',
      '/api/v1/tasks',
      '/api/v1/time-entries',
      '/api/v1/expenses',
      '/api/v1/invoices',
      '/api/v1/time-entry-approvals',
      '/api/v1/api-tokens',
    ];
    await t.app.refusalAudit.flush();
    for (const url of routes) {
      // One token per route keeps each under the per-token rate limit: every answer is a 403.
      const api = await token(user, ['read:users']);
      for (let i = 0; i < 2; i++) expect((await api.get(url)).statusCode, url).toBe(403);
    }
    expect(t.app.refusalAudit.pending).toEqual({ keys: 6, dropped: 4 });
    await t.app.refusalAudit.flush();
    expect(t.app.refusalAudit.pending).toEqual({ keys: 0, dropped: 0 });
    const dropped = await rowsOf(null, 'audit.refusals_dropped');
    expect(dropped.at(-1)).toMatchObject({ via: 'system', actorUserId: null, after: { count: 4, max_keys: 6 } });
    const mine = await rowsOf(user.userId, 'access.denied');
    expect(mine).toHaveLength(6);
    expect(mine.reduce((n, r) => n + (r.after as { count: number }).count, 0)).toBe(12);
  });

  it('L4 counts are written by the timer and at close, without a flush from anyone', async () => {
    const second = await createTestApp(kind, { db: t.db, migrate: false, refusalAudit: { windowMs: 100 } });
    try {
      const user = await userWith(second.app, ['user']);
      expect((await user.get('/api/v1/users')).statusCode).toBe(403);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await rowsOf(user.userId)).toHaveLength(1);
    } finally {
      await second.close();
    }

    const third = await createTestApp(kind, { db: t.db, migrate: false, refusalAudit: { windowMs: 3_600_000 } });
    const viewer = await userWith(third.app, ['viewer']);
    expect((await viewer.get('/api/v1/users')).statusCode).toBe(403);
    expect(await rowsOf(viewer.userId)).toHaveLength(0);
    await third.close();
    expect(await rowsOf(viewer.userId)).toHaveLength(1);
  });
});
