/**
 * With the demo organisation seeded, each demo user sees through the API exactly what their
 * role and participations allow. The expectations are written out per user from the demo
 * definition and the project layer (docs/development/authorization.md#the-project-layer) — not
 * computed by the decision function under test — and the numbers they imply are counted straight
 * from the database.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEALS, DEMO_LEADS, DEMO_PASSWORD, DEMO_PROJECTS, demoEmail, type DemoUserKey } from '../src/demo/demo-org.js';
import { seedDemo } from '../src/demo/demo-seed.js';
import { type Client, signIn } from './helpers/client.js';
import { useTestApp } from './helpers/fixtures.js';

type ProjectKey = (typeof DEMO_PROJECTS)[number]['key'];
const ALL: ProjectKey[] = DEMO_PROJECTS.map((p) => p.key);

interface Expectation {
  /** Projects listed with ?status=all. */
  projects: ProjectKey[];
  /** Projects on which they see everyone's time entries (besides their own everywhere). */
  teamTime: ProjectKey[];
  /** Projects whose rates and budget they see. */
  financials: ProjectKey[];
  canListUsers: boolean;
  canListExpenses: boolean;
}

const EXPECTED: Record<DemoUserKey, Expectation> = {
  super: { projects: ALL, teamTime: ALL, financials: ALL, canListUsers: true, canListExpenses: true },
  admin: { projects: ALL, teamTime: ALL, financials: ALL, canListUsers: true, canListExpenses: true },
  // view_all_projects + view_all_time_entries; financials everywhere through view_all_invoices (a
  // permission reaches its project action on every project it sees, docs/development/authorization.md).
  manager: { projects: ALL, teamTime: ALL, financials: ALL, canListUsers: true, canListExpenses: true },
  user: {
    projects: ['acme-web', 'globex-app', 'internal'],
    teamTime: ['acme-web', 'globex-app', 'internal'],
    financials: ['internal'],
    canListUsers: false,
    canListExpenses: true,
  },
  viewer: { projects: ['acme-web', 'internal'], teamTime: ['internal'], financials: [], canListUsers: false, canListExpenses: false },
  dana: {
    projects: ['acme-web', 'globex-app', 'initech-migration'],
    teamTime: ['acme-web', 'globex-app', 'initech-migration'],
    financials: ['globex-app'],
    canListUsers: false,
    canListExpenses: true,
  },
  riley: { projects: ['acme-web', 'internal'], teamTime: [], financials: [], canListUsers: false, canListExpenses: true },
  finn: {
    projects: ['acme-web', 'globex-app'],
    teamTime: ['acme-web', 'globex-app'],
    financials: ['acme-web', 'globex-app'],
    canListUsers: false,
    canListExpenses: true,
  },
};

describe('the demo organisation, as each demo user sees it', () => {
  const t = useTestApp('pglite');
  const clients = new Map<DemoUserKey, Client>();
  const projectIds = new Map<ProjectKey, number>();
  const userIds = new Map<DemoUserKey, number>();

  beforeAll(async () => {
    const summary = await seedDemo(t.db.db);
    expect(summary.seeded).toBe(true);
    expect(summary.timeEntries).toBeGreaterThan(200);
    for (const key of Object.keys(EXPECTED) as DemoUserKey[]) {
      const c = await signIn(t.app, demoEmail(key), DEMO_PASSWORD);
      clients.set(key, c);
      userIds.set(key, c.userId!);
    }
    const rows = ((await t.db.db.execute(sql`select id, name from projects`)) as unknown as { rows: { id: number; name: string }[] }).rows;
    for (const p of DEMO_PROJECTS) projectIds.set(p.key as ProjectKey, rows.find((r) => r.name === p.name)!.id);
  }, 120_000);

  async function count(query: ReturnType<typeof sql>): Promise<number> {
    const rows = ((await t.db.db.execute(query)) as unknown as { rows: { n: number | string }[] }).rows;
    return Number(rows[0]!.n);
  }

  for (const [key, expected] of Object.entries(EXPECTED) as [DemoUserKey, Expectation][]) {
    describe(key, () => {
      it('lists exactly the expected projects, with financial fields exactly where expected', async () => {
        const res = await clients.get(key)!.get('/api/v1/projects?status=all&per_page=100');
        expect(res.statusCode).toBe(200);
        const listed = res.json().projects as { id: number; hourly_rate?: number }[];
        const expectedIds = expected.projects.map((p) => projectIds.get(p)!).sort();
        expect(listed.map((p) => p.id).sort()).toEqual(expectedIds);
        for (const p of listed) {
          const projectKey = [...projectIds.entries()].find(([, id]) => id === p.id)![0];
          expect('hourly_rate' in p, `${key} on ${projectKey}`).toBe(expected.financials.includes(projectKey));
        }
        // Projects outside the list are 404 by id.
        for (const [projectKey, id] of projectIds) {
          if (expected.projects.includes(projectKey)) continue;
          expect((await clients.get(key)!.get(`/api/v1/projects/${id}`)).statusCode).toBe(404);
        }
      });

      it('sees exactly their own time entries plus everyone’s on their team-time projects', async () => {
        const ids = expected.teamTime.map((p) => projectIds.get(p)!);
        const uid = userIds.get(key)!;
        const expectedCount = await count(
          ids.length > 0
            ? sql`select count(*)::int as n from time_entries where user_id = ${uid} or project_id in ${sql.raw(`(${ids.join(',')})`)}`
            : sql`select count(*)::int as n from time_entries where user_id = ${uid}`,
        );
        const res = await clients.get(key)!.get('/api/v1/time-entries?per_page=1');
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().pagination.total).toBe(expectedCount);
        // Someone else's entry on a project outside their team-time set is 404 by id.
        const hiddenProjects = ALL.filter((p) => !expected.teamTime.includes(p)).map((p) => projectIds.get(p)!);
        if (hiddenProjects.length > 0) {
          const rows = (
            (await t.db.db.execute(
              sql`select id from time_entries where user_id <> ${uid} and project_id in ${sql.raw(`(${hiddenProjects.join(',')})`)} limit 1`,
            )) as unknown as { rows: { id: number }[] }
          ).rows;
          if (rows[0]) expect((await clients.get(key)!.get(`/api/v1/time-entries/${rows[0].id}`)).statusCode).toBe(404);
        }
      });

      it(`${expected.canListUsers ? 'may' : 'may not'} list users; ${expected.canListExpenses ? 'may' : 'may not'} list expenses`, async () => {
        expect((await clients.get(key)!.get('/api/v1/users')).statusCode).toBe(expected.canListUsers ? 200 : 403);
        expect((await clients.get(key)!.get('/api/v1/expenses')).statusCode).toBe(expected.canListExpenses ? 200 : 403);
      });
    });
  }

  it('the demo includes pending approvals to decide and a sent invoice', async () => {
    const admin = clients.get('super')!;
    const queue = (await admin.get('/api/v1/time-entry-approvals?queue=to_approve&status=pending')).json();
    expect(queue.pagination.total).toBeGreaterThan(0);
    expect(await count(sql`select count(*) as n from time_entry_approvals where status = 'approved'`)).toBeGreaterThan(0);
    const sent = (await admin.get('/api/v1/invoices?status=sent')).json();
    expect(sent.invoices.length).toBeGreaterThan(0);
    const invoice = (await admin.get(`/api/v1/invoices/${sent.invoices[0].id}`)).json();
    expect(invoice.lines.length).toBeGreaterThan(0);
    expect(invoice.total).toBeGreaterThan(0);
  });

  it('the demo includes a custom role holder and flags that open actions below the level', async () => {
    const riley = clients.get('riley')!;
    const access = (await riley.get(`/api/v1/projects/${projectIds.get('acme-web')}/access`)).json();
    expect(access).toMatchObject({ level: 'view_tasks', permissions_label: 'view_with_custom' });
    expect(access.actions).toContain('log_own_time');
    const finn = (await clients.get('finn')!.get('/api/v1/users/me/permissions')).json();
    expect(finn.roles.map((r: { name: string }) => r.name)).toEqual(['billing_clerk', 'user']);
  });

  it('the demo includes leads, deals in several stages and contacts: the manager sees all of them, the user their own', async () => {
    const manager = clients.get('manager')!;
    const user = clients.get('user')!;
    const all = (await manager.get('/api/v1/deals?per_page=100')).json().deals as { owner_id: number; status: string; stage: string }[];
    expect(all).toHaveLength(DEMO_DEALS.length);
    expect(new Set(all.map((d) => d.status))).toEqual(new Set(['open', 'won', 'lost']));
    expect(new Set(all.filter((d) => d.status === 'open').map((d) => d.stage)).size).toBeGreaterThanOrEqual(3);
    const own = (await user.get('/api/v1/deals?per_page=100')).json().deals as { owner_id: number }[];
    expect(own).toHaveLength(DEMO_DEALS.filter((d) => d.owner === 'user').length);
    expect(own.every((d) => d.owner_id === userIds.get('user'))).toBe(true);
    const leads = (await manager.get('/api/v1/leads?per_page=100')).json().leads as { status: string }[];
    expect(leads).toHaveLength(DEMO_LEADS.length);
    expect(leads.map((l) => l.status)).toContain('converted');
    expect((await user.get('/api/v1/leads')).json().leads).toHaveLength(DEMO_LEADS.filter((l) => l.owner === 'user').length);
    const acme = (await manager.get('/api/v1/clients?q=Acme')).json().clients[0];
    const contacts = (await clients.get('viewer')!.get(`/api/v1/clients/${acme.id}/contacts`)).json().contacts;
    expect(contacts.length).toBeGreaterThanOrEqual(2);
    expect(contacts[0].is_primary).toBe(true);
  });
});
