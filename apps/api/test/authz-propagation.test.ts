/**
 * How authorization changes reach the caches (docs/development/authorization.md, "The
 * authorization cache"): at once on the instance that made them, within 1 s on the others by
 * LISTEN/NOTIFY, by a read on every request while the listener is lost; permission sets memoised
 * until the next assignment expiry.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { createDb, type DbHandle } from '../src/db/client.js';
import { bumpAuthzVersion, readAuthzVersion } from '../src/kernel/auth/authz-cache.js';
import { createTestApp, describeEachDb, testConfig, type TestApp } from './helpers/app.js';
import { authzSettled } from './helpers/authz.js';
import { customRole, userWith } from './helpers/client.js';
import { postgresAvailable } from './helpers/db.js';
import { addMember, createProject, entryAt, expectStatus, logTime, useTestApp, useUser } from './helpers/fixtures.js';

const LISTENER = 'timekeeper-listener';

/** Polls `condition` every millisecond; fails after `ms`. */
async function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > ms) throw new Error(`not ${what} after ${ms} ms`);
    await sleep(1);
  }
}

/** The time spent reading the authorization version, from the response's Server-Timing. */
function versionReadMs(header: unknown): number {
  const match = /authn-version;dur=(\d+\.\d+)/.exec(String(header));
  expect(match, String(header)).not.toBeNull();
  return Number(match![1]);
}

interface Pair {
  a: TestApp;
  b: FastifyInstance;
  bDb: DbHandle;
  close(): Promise<void>;
}

/** Two instances on one PostgreSQL database, each with its own pool and listener. */
async function twoInstances(bOptions: Parameters<typeof buildApp>[0] extends infer O ? Partial<O> : never = {}): Promise<Pair> {
  const a = await createTestApp('postgres');
  const bDb = await createDb({ kind: 'postgres', url: (a.db as { url?: string }).url!, poolSize: 3 });
  const { config, cleanup } = testConfig();
  const b = await buildApp({ config, db: bDb, logger: false, migrate: false, ...bOptions });
  return {
    a,
    b,
    bDb,
    async close() {
      await b.close();
      await bDb.close();
      cleanup();
      await a.close();
    },
  };
}

async function listenerCount(app: FastifyInstance): Promise<number> {
  const [row] = await app.db
    .select({ n: sql<number>`count(*)::int` })
    .from(sql`pg_stat_activity`)
    .where(sql`datname = current_database() and application_name = ${LISTENER}`);
  return row!.n;
}

describe.skipIf(!postgresAvailable())('authorization changes across two instances on PostgreSQL', () => {
  it('reach the other instance by notification within 1 s, without a request to it', async () => {
    const { a, b, close } = await twoInstances();
    try {
      expect(b.authz.listening).toBe(true);
      const superAdmin = await userWith(a.app, ['super_admin']);
      const roleId = await customRole(a.app, 'propagation_reader', ['view_audit_logs']);
      const user = await userWith(a.app, ['propagation_reader']);
      const onB = user.on(b);
      const latencies: number[] = [];
      for (const permissions of [[], ['view_audit_logs'], [], ['view_audit_logs'], []]) {
        const before = b.authz.currentVersion;
        // From A's commit (its cache learns the version right after it) to B learning it, checked
        // on every turn of the event loop: at most the time since the last check before A's commit.
        let previous = performance.now();
        let committedAfter = 0;
        let latency = -1;
        const change = superAdmin.patch(`/api/v1/roles/${roleId}`, { permissions });
        while (latency < 0) {
          const now = performance.now();
          if (committedAfter === 0 && a.app.authz.currentVersion > before) committedAfter = previous;
          if (b.authz.currentVersion > before) latency = now - (committedAfter || previous);
          previous = now;
          await new Promise(setImmediate);
        }
        expect((await change).statusCode).toBe(200);
        latencies.push(latency);
        // No request reaches B meanwhile: what moved its version is the notification.
        await authzSettled(b);
        expect((await onB.get('/api/v1/audit-logs')).statusCode).toBe(permissions.length ? 200 : 403);
      }
      console.info(
        `authorization notification reached the other instance ${latencies.map((ms) => ms.toFixed(2)).join(', ')} ms after the commit (upper bounds)`,
      );
      expect(Math.max(...latencies)).toBeLessThan(1_000);
    } finally {
      await close();
    }
  }, 60_000);

  it('hold on the next request while the listener is lost, and the listener reconnects', async () => {
    // A long first retry, so the test acts on B while its listener is certainly down.
    const { a, b, close } = await twoInstances({ authzListener: { retryMs: 3_000 } });
    try {
      const superAdmin = await userWith(a.app, ['super_admin']);
      const roleId = await customRole(a.app, 'lost_listener_reader', ['view_audit_logs']);
      const user = await userWith(a.app, ['lost_listener_reader']);
      const onB = user.on(b);
      expect((await onB.get('/api/v1/audit-logs')).statusCode).toBe(200); // B caches the user
      expect(await listenerCount(a.app)).toBe(2);

      // Kill both instances' listening connections from a third connection.
      await a.app.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = ${LISTENER}`,
      );
      await until(() => !b.authz.listening, 1_000, 'noticed the lost listener');

      expect((await superAdmin.patch(`/api/v1/roles/${roleId}`, { permissions: [] })).statusCode).toBe(200);
      // No notification can reach B now: its very next request reads the version.
      const refused = await onB.get('/api/v1/audit-logs');
      expect(refused.statusCode).toBe(403);
      expect(versionReadMs(refused.headers['server-timing'])).toBeGreaterThan(0);
      const again = await onB.get('/api/v1/audit-logs');
      expect(versionReadMs(again.headers['server-timing'])).toBeGreaterThan(0); // every request, while down

      await until(() => b.authz.listening, 10_000, 'listening again');
      expect(await listenerCount(a.app)).toBe(2);
      expect((await superAdmin.patch(`/api/v1/roles/${roleId}`, { permissions: ['view_audit_logs'] })).statusCode).toBe(200);
      await authzSettled(b); // by the new connection's notification
      expect((await onB.get('/api/v1/audit-logs')).statusCode).toBe(200);
    } finally {
      await close();
    }
  }, 60_000);

  it('closing an instance closes its listener', async () => {
    const { a, b, bDb, close } = await twoInstances();
    try {
      expect(await listenerCount(a.app)).toBe(2);
      await b.close();
      expect(await listenerCount(a.app)).toBe(1);
    } finally {
      await bDb.close().catch(() => {});
      await close().catch(() => {});
    }
  }, 60_000);

  it("a user's and the organisation's time settings changed through one instance decide the next request's days on the other", async () => {
    const { a, b, close } = await twoInstances();
    try {
      const admin = await userWith(a.app, ['super_admin']);
      const manager = await userWith(a.app, ['manager']);
      const project = await createProject(manager);
      const user = await addMember(manager, project, 'edit_time_and_expenses');
      // 23:30 UTC on 1 January is 08:30 on 2 January in Tokyo.
      await logTime(user, project, entryAt('2026-01-01T23:30:00Z', 0.25));
      const onB = user.on(b);
      const secondOfJanuary = async () =>
        (expectStatus(await onB.get('/api/v1/time-entries?start_date=2026-01-02&end_date=2026-01-02'), 200) as { time_entries: unknown[] })
          .time_entries.length;
      expect(await secondOfJanuary()).toBe(0);

      expectStatus(await user.patch('/api/v1/users/me', { time_zone: 'Asia/Tokyo' }), 200);
      await authzSettled(b);
      expect(await secondOfJanuary()).toBe(1);

      expectStatus(await user.patch('/api/v1/users/me', { time_zone: null }), 200);
      await authzSettled(b);
      expect(await secondOfJanuary()).toBe(0);

      expectStatus(await admin.patch('/api/v1/settings', { default_time_zone: 'Asia/Tokyo' }), 200);
      await authzSettled(b);
      expect(await secondOfJanuary()).toBe(1);
    } finally {
      await close();
    }
  }, 60_000);

  it('the instance that committed a change knows it when the transaction returns, before any notification', async () => {
    const t = await createTestApp('postgres');
    try {
      await t.app.authz.close(); // no notification can arrive
      const before = t.app.authz.currentVersion;
      await t.app.db.transaction(async (tx) => bumpAuthzVersion(tx));
      expect(t.app.authz.currentVersion).toBe(before + 1);
      // A rolled-back change is not learned.
      await expect(
        t.app.db.transaction(async (tx) => {
          await bumpAuthzVersion(tx);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(t.app.authz.currentVersion).toBe(before + 1);
      expect(await readAuthzVersion(t.app.db)).toBe(before + 1);
    } finally {
      await t.close();
    }
  }, 60_000);
});

describeEachDb('the commit hook of an authorization change', (kind) => {
  it('runs after the outer commit, for released savepoints only', async () => {
    const t = await createTestApp(kind);
    try {
      await t.app.authz.close(); // only the hook can tell the cache now
      const before = t.app.authz.currentVersion;
      await t.app.db.transaction(async (tx) => {
        await tx.transaction(async (inner) => bumpAuthzVersion(inner)); // released: before + 1
        await tx
          .transaction(async (inner) => {
            await bumpAuthzVersion(inner); // rolled back
            throw new Error('roll back the savepoint');
          })
          .catch(() => {});
        expect(t.app.authz.currentVersion).toBe(before); // not before the commit
      });
      expect(t.app.authz.currentVersion).toBe(before + 1);
      expect(await readAuthzVersion(t.app.db)).toBe(before + 1);
    } finally {
      await t.close();
    }
  });
});

describeEachDb('memoised permission sets', (kind) => {
  const t = useTestApp(kind);
  const superAdmin = useUser(t, ['super_admin']);

  it('a time-bound assignment stops counting exactly at its expiry, with nothing written', async () => {
    await customRole(t.app, `memo_auditor_${kind}`, ['view_audit_logs']);
    const user = await userWith(t.app, ['viewer']);
    const expiresAt = Date.now() + 1_500;
    const assigned = await superAdmin.put(`/api/v1/users/${user.userId}/roles`, {
      roles: [{ role: 'viewer' }, { role: `memo_auditor_${kind}`, expires_at: new Date(expiresAt).toISOString() }],
    });
    expect(assigned.statusCode).toBe(200);
    const version = t.app.authz.currentVersion;
    expect((await user.get('/api/v1/audit-logs')).statusCode).toBe(200);
    expect((await user.get('/api/v1/audit-logs')).statusCode).toBe(200); // from the memoised set
    await sleep(Math.max(0, expiresAt - Date.now()) + 20);
    expect((await user.get('/api/v1/audit-logs')).statusCode).toBe(403);
    expect(t.app.authz.currentVersion).toBe(version); // the cache was not dropped: expiry is time, not a change
  });
});
