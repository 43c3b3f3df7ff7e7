/**
 * Server-Timing: every response says how long authentication, authorization and the whole
 * request took — on success, on 401/403 and on the not-found answer alike.
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/app.js';
import { anonymous } from './helpers/client.js';
import { useTestApp, useUser } from './helpers/fixtures.js';

const HEADER = /^authn;dur=(\d+\.\d{2}), authn-version;dur=(\d+\.\d{2}), authz;dur=(\d+\.\d{2}), total;dur=(\d+\.\d{2})$/;

function timing(res: LightMyRequestResponse): { authn: number; version: number; authz: number; total: number } {
  const header = res.headers['server-timing'];
  expect(typeof header, `Server-Timing on ${res.statusCode}`).toBe('string');
  const match = HEADER.exec(header as string);
  expect(match, `Server-Timing "${header}"`).not.toBeNull();
  const [authn, version, authz, total] = match!.slice(1).map(Number) as [number, number, number, number];
  // The phases are parts of the total, the version read part of authn (each rounded to 0.01 ms).
  expect(version).toBeLessThanOrEqual(authn + 0.01);
  expect(authn + authz).toBeLessThanOrEqual(total + 0.02);
  return { authn, version, authz, total };
}

describeEachDb('Server-Timing', (kind) => {
  const t = useTestApp(kind);
  const user = useUser(t, ['user']);

  it('times authentication and authorization of a session request', async () => {
    const res = await user.get('/api/v1/users/me/permissions');
    expect(res.statusCode).toBe(200);
    const { authn, version, total } = timing(res);
    // The authorization version is read only when due (docs/development/authorization.md).
    expect(version).toBeGreaterThanOrEqual(0);
    // PGlite is told of every change before the change's statement returns: it never reads.
    if (kind === 'pglite') expect(version).toBe(0);
    expect(authn).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(0);
  });

  it('times an API token request', async () => {
    const created = await user.post('/api/v1/api-tokens', { name: 'timing', scopes: ['read:users'], expires_in_days: 1 });
    expect(created.statusCode).toBe(201);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users/me/permissions',
      headers: { authorization: `Bearer ${created.json().token}` },
    });
    expect(res.statusCode).toBe(200);
    expect(timing(res).authn).toBeGreaterThan(0);
  });

  it('is sent on a 401, with the failed authentication timed', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users/me/permissions',
      headers: { authorization: 'Bearer tk_not-a-token' },
    });
    expect(res.statusCode).toBe(401);
    expect(timing(res).authn).toBeGreaterThan(0);
    const noCredentials = await anonymous(t.app).get('/api/v1/users/me/permissions');
    expect(noCredentials.statusCode).toBe(401);
    timing(noCredentials);
  });

  it('is sent on a 403 refused by the permission check', async () => {
    const res = await user.get('/api/v1/users');
    expect(res.statusCode).toBe(403);
    const { authn } = timing(res);
    expect(authn).toBeGreaterThan(0);
  });

  it('is sent on public and unknown routes, with nothing spent on access', async () => {
    const health = await anonymous(t.app).get('/api/v1/health');
    expect(health.statusCode).toBe(200);
    expect(timing(health)).toMatchObject({ authn: 0, version: 0, authz: 0 });
    const missing = await anonymous(t.app).get('/api/v1/no-such-route');
    expect(missing.statusCode).toBe(404);
    expect(timing(missing)).toMatchObject({ authn: 0, version: 0, authz: 0 });
  });
});
