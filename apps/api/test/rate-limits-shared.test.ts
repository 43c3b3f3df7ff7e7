/**
 * Limits shared by every instance on one PostgreSQL database (the rate_limits table): failed
 * sign-ins, wrong current passwords and API token requests split over two instances count
 * against one limit. PGlite is one process and keeps them in memory (identity tests).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { createDb, type DbHandle } from '../src/db/client.js';
import { rateLimits } from '../src/db/schema/index.js';
import { PgAttemptStore } from '../src/kernel/auth/attempt-store.js';
import { ATTEMPT_RULES } from '../src/modules/auth/attempt-limits.js';
import { LOGIN_LIMITS } from '../src/modules/auth/auth.routes.js';
import { createTestApp, testConfig, type TestApp } from './helpers/app.js';
import { PASSWORD, userWith } from './helpers/client.js';
import { postgresAvailable } from './helpers/db.js';
import { bearer, createToken } from './helpers/fixtures.js';

const TOKEN_LIMIT = 6;
const STRONG = 'marble falcon upstream 83 quiet';

function expectLimited(res: LightMyRequestResponse): void {
  expect(res.statusCode, res.body).toBe(429);
  expect(res.json()).toMatchObject({ code: 'rate_limited' });
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(res.json().retry_after).toBe(Number(res.headers['retry-after']));
}

describe.skipIf(!postgresAvailable())('rate limits across two instances on one PostgreSQL database', () => {
  let a: TestApp;
  let bDb: DbHandle;
  let b: FastifyInstance;
  let cleanup: () => void;
  const env = { TK_TOKEN_RATE_LIMIT: String(TOKEN_LIMIT) };

  beforeAll(async () => {
    a = await createTestApp('postgres', { env });
    bDb = await createDb({ kind: 'postgres', url: (a.db as { url?: string }).url!, poolSize: 3 });
    const second = testConfig(env);
    cleanup = second.cleanup;
    b = await buildApp({ config: second.config, db: bDb, logger: false, migrate: false });
  });
  afterAll(async () => {
    await b?.close();
    await bDb?.close();
    cleanup?.();
    await a?.close();
  });

  /** Instance A for even attempts, B for odd ones. */
  const either = (i: number) => (i % 2 === 0 ? a.app : b);
  const login = (app: FastifyInstance, email: string, password: string, ip: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });

  it(`${LOGIN_LIMITS.perIp} failed sign-ins from one address split over both: the next is refused on either`, async () => {
    const ip = '10.77.0.1';
    for (let i = 0; i < LOGIN_LIMITS.perIp; i++)
      expect((await login(either(i), `guess-${i}@example.test`, 'wrong password!', ip)).statusCode).toBe(401);
    expectLimited(await login(a.app, 'guess-a@example.test', 'wrong password!', ip));
    expectLimited(await login(b, 'guess-b@example.test', 'wrong password!', ip));
    // Another address is not affected, on either instance.
    expect((await login(b, 'guess-c@example.test', 'wrong password!', '10.77.0.2')).statusCode).toBe(401);
  });

  it(`${LOGIN_LIMITS.freeFailuresPerAccountAndIp} failures on one account from one address split over both: that address waits, even with the right password`, async () => {
    const user = await userWith(a.app, ['user']);
    const ip = '10.77.1.1';
    for (let i = 0; i < LOGIN_LIMITS.freeFailuresPerAccountAndIp; i++)
      expect((await login(either(i), user.email, 'wrong password!', ip)).statusCode).toBe(401);
    expectLimited(await login(b, user.email, PASSWORD, ip));
    expectLimited(await login(a.app, user.email, PASSWORD, ip));
    expect((await login(b, user.email, PASSWORD, '10.77.1.2')).statusCode).toBe(200);
  });

  it(`${ATTEMPT_RULES.passwordChange.max} wrong current passwords split over both: the next is refused on either`, async () => {
    const user = await userWith(a.app, ['user']);
    const wrong = (app: FastifyInstance) =>
      user.on(app).post('/api/v1/auth/password', { current_password: 'not my password at all', new_password: STRONG });
    for (let i = 0; i < ATTEMPT_RULES.passwordChange.max; i++) expect((await wrong(either(i))).statusCode).toBe(400);
    expectLimited(await wrong(b));
    expectLimited(await user.on(a.app).post('/api/v1/auth/password', { current_password: PASSWORD, new_password: STRONG }));
  });

  it(`${TOKEN_LIMIT} requests with one API token split over both: the next is refused on either`, async () => {
    const owner = await userWith(a.app, ['user']);
    const { token } = await createToken(owner, ['read:users']);
    for (let i = 0; i < TOKEN_LIMIT; i++) expect((await bearer(either(i), token).get('/api/v1/users/me')).statusCode).toBe(200);
    expectLimited(await bearer(a.app, token).get('/api/v1/users/me'));
    expectLimited(await bearer(b, token).get('/api/v1/users/me'));
    // Another token of the same owner has its own budget.
    expect((await bearer(b, (await createToken(owner, ['read:users'])).token).get('/api/v1/users/me')).statusCode).toBe(200);
  });

  it('counts far from the limit, kept locally between exchanges, reach the table within 100 ms', async () => {
    const busy = await createTestApp('postgres', { env: { TK_TOKEN_RATE_LIMIT: '1000' } });
    try {
      const owner = await userWith(busy.app, ['user']);
      const { id, token } = await createToken(owner, ['read:users']);
      for (let i = 0; i < 30; i++) expect((await bearer(busy.app, token).get('/api/v1/users/me')).statusCode).toBe(200);
      await sleep(250);
      const [row] = await busy.app.db
        .select({ count: rateLimits.count })
        .from(rateLimits)
        .where(sql`${rateLimits.key} = ${`api-token:${id}`}`);
      expect(row?.count).toBe(30);
    } finally {
      await busy.close();
    }
  }, 60_000);

  it('a window starts over once passed, and expired rows are deleted', async () => {
    const store = a.app.attemptStore;
    if (!(store instanceof PgAttemptStore)) throw new Error('PostgreSQL instances count in the rate_limits table');
    const key = `test-window:${Date.now()}`;
    expect(await store.add(key, 1_000, 100)).toMatchObject({ count: 1, firstAt: 1_000 });
    expect(await store.add(key, 1_050, 100)).toMatchObject({ count: 2, firstAt: 1_000, lastAt: 1_050 });
    expect(await store.get(key, 1_099)).toMatchObject({ count: 2 });
    expect(await store.get(key, 1_100)).toBeNull();
    expect(await store.add(key, 1_200, 100, 3)).toMatchObject({ count: 3, firstAt: 1_200 });
    // The sweep runs every minute; here, by hand.
    await store.sweep(2_000);
    const left = await a.app.db
      .select()
      .from(rateLimits)
      .where(sql`${rateLimits.key} = ${key}`);
    expect(left).toEqual([]);
  });
});
