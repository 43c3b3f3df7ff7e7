/**
 * Projects and participations: the levels and their mapping (docs/api/participations.md), visibility, financial fields,
 * project-level boundaries, and the read:projects token example of docs/api/README.md (Errors).
 */
import { PROJECT_LEVELS, type ProjectLevel } from '@timekeeper/shared';
import { describe, expect, it } from 'vitest';
import { describeEachDb } from './helpers/app.js';
import { type Client, userWith } from './helpers/client.js';
import { createProject, expectInvalid, join, tokenClient, useTestApp, useUser } from './helpers/fixtures.js';

/** A project with a rate and a budget unless `body` says otherwise. */
const project = async (owner: Client, body: Record<string, unknown> = {}) => ({
  id: await createProject(owner, { hourly_rate: 120, budget_amount: 50000, ...body }),
});

describeEachDb('projects', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']);

  it('the creator becomes the project admin and sees the financial fields', async () => {
    const p = await project(manager, { name: 'Website' });
    const got = (await manager.get(`/api/v1/projects/${p.id}`)).json();
    expect(got).toMatchObject({
      name: 'Website',
      status: 'active',
      hourly_rate: 120,
      budget_amount: 50000,
      currency: 'EUR',
      access_level: 'admin',
    });
    const members = (await manager.get(`/api/v1/participations?project_id=${p.id}`)).json().participations;
    expect(members).toEqual([
      expect.objectContaining({ user_id: manager.userId, access_level: 'admin', permissions_label: 'edit', level: 'admin' }),
    ]);
  });

  it('a non-member sees nothing: 404 by id, absent from lists', async () => {
    const p = await project(manager);
    const outsider = await userWith(t.app, ['user']);
    expect((await outsider.get(`/api/v1/projects/${p.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/v1/projects/${p.id}/access`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/v1/participations?project_id=${p.id}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/v1/projects')).json().projects.map((x: { id: number }) => x.id)).not.toContain(p.id);
  });

  it('hides rates and budget below view_financials', async () => {
    const p = await project(manager);
    for (const level of PROJECT_LEVELS) {
      const member = await userWith(t.app, ['user']);
      await join(manager, p.id, member, level);
      const got = (await member.get(`/api/v1/projects/${p.id}`)).json();
      const sees = PROJECT_LEVELS.indexOf(level) >= PROJECT_LEVELS.indexOf('view_financials');
      expect('hourly_rate' in got, level).toBe(sees);
      expect('budget_amount' in got, level).toBe(sees);
      const listed = (await member.get('/api/v1/projects')).json().projects.find((x: { id: number }) => x.id === p.id);
      expect('hourly_rate' in listed, level).toBe(sees);
    }
  });

  it('editing needs edit_projects and the admin level; rates need edit_financials; archiving needs archive_projects', async () => {
    const p = await project(manager);
    const otherManager = await userWith(t.app, ['manager']);
    // view_all_projects makes it visible, but the level is view_tasks: refused with the level named.
    const res = await otherManager.put(`/api/v1/projects/${p.id}`, { name: 'Renamed' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ required_project_level: 'admin' });
    await join(manager, p.id, otherManager, 'edit_financials');
    expect((await otherManager.put(`/api/v1/projects/${p.id}`, { hourly_rate: 150 })).statusCode).toBe(200);
    expect((await otherManager.put(`/api/v1/projects/${p.id}`, { name: 'Renamed' })).json().required_project_level).toBe('admin');
    // A user-role project admin lacks the edit_projects account permission.
    const userAdmin = await userWith(t.app, ['user']);
    await join(manager, p.id, userAdmin, 'admin');
    const refused = await userAdmin.put(`/api/v1/projects/${p.id}`, { name: 'Mine' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().required_permission).toBeDefined();
    expect((await manager.put(`/api/v1/projects/${p.id}`, { name: 'Renamed', description: 'New' })).json()).toMatchObject({
      name: 'Renamed',
      hourly_rate: 150,
    });
    const archived = await manager.delete(`/api/v1/projects/${p.id}`);
    expect(archived.statusCode).toBe(200);
    expect(archived.json().status).toBe('archived');
    expect((await manager.get('/api/v1/projects')).json().projects.map((x: { id: number }) => x.id)).not.toContain(p.id);
    expect((await manager.get('/api/v1/projects?status=archived')).json().projects.map((x: { id: number }) => x.id)).toContain(p.id);
  });

  it('deletes a project permanently only with delete_projects and only while it holds no data', async () => {
    const empty = await project(manager);
    // The manager role may archive, not delete.
    expect((await manager.delete(`/api/v1/projects/${empty.id}?permanent=true`)).json().required_permission).toBe('delete_projects');
    const admin = await userWith(t.app, ['admin']);
    expect((await admin.delete(`/api/v1/projects/${empty.id}?permanent=true`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/projects/${empty.id}`)).statusCode).toBe(404);
  });

  it('account admins act as project admin everywhere', async () => {
    const p = await project(manager);
    const admin = await userWith(t.app, ['admin']);
    const access = (await admin.get(`/api/v1/projects/${p.id}/access`)).json();
    expect(access).toMatchObject({
      level: 'admin',
      access_level: 'admin',
      permissions_label: 'edit',
      level_source: 'account_admin',
      is_member: false,
    });
    expect(access.actions).toEqual(expect.arrayContaining(['manage_members', 'edit_financials', 'approve_time']));
    expect((await admin.put(`/api/v1/projects/${p.id}`, { name: 'Admin renamed' })).statusCode).toBe(200);
  });

  it('viewers and users cannot create projects', async () => {
    for (const role of ['viewer', 'user']) {
      const c = await userWith(t.app, [role]);
      const res = await c.post('/api/v1/projects', { name: 'Nope' });
      expect(res.statusCode).toBe(403);
      expect(res.json().required_permission).toBe('create_projects');
    }
  });

  it('rejects bad input with field errors, never a 5xx', async () => {
    const cases: [unknown, string][] = [
      [{ name: '' }, 'body.name'],
      [{ name: 'x'.repeat(201) }, 'body.name'],
      [{ name: 'ok', hourly_rate: -1 }, 'body.hourly_rate'],
      [{ name: 'ok', hourly_rate: 1.234 }, 'body.hourly_rate'],
      [{ name: 'ok', currency: 'euro' }, 'body.currency'],
      [{ name: 'ok', owner: 1 }, 'body.owner'],
      [{ name: 'ok', status: 'archived' }, 'body.status'],
    ];
    for (const [body, path] of cases) {
      const res = await manager.post('/api/v1/projects', body);
      expectInvalid(res, path, JSON.stringify(body));
    }
    expect((await manager.post('/api/v1/projects', { name: 'ok', client_id: 999999 })).statusCode).toBe(404);
    for (const url of [
      '/api/v1/projects/abc',
      '/api/v1/projects/0',
      '/api/v1/projects/99999999999',
      '/api/v1/projects?page=0',
      '/api/v1/projects?per_page=500',
      '/api/v1/projects?page=999',
    ]) {
      expect((await manager.get(url)).statusCode, url).toBe(400);
    }
    expect((await manager.get('/api/v1/projects/2147483647')).statusCode).toBe(404);
  });

  it('financials by month: time and expenses per month, a month with only expenses included, totals that add up', async () => {
    const p = await project(manager, { hourly_rate: 100, cost_rate: 40, budget_amount: 1000, currency: 'EUR' });
    const log = async (projectId: number, start: string, hours: number, billable: boolean) => {
      const end = new Date(Date.parse(start) + hours * 3_600_000).toISOString();
      const res = await manager.post('/api/v1/time-entries', { project_id: projectId, start_time: start, end_time: end, billable });
      expect(res.statusCode, res.body).toBe(201);
    };
    const spend = async (date: string, amount: number, currency = 'EUR') => {
      const res = await manager.post('/api/v1/expenses', { project_id: p.id, date, amount, currency, category: 'travel' });
      expect(res.statusCode, res.body).toBe(201);
    };
    await log(p.id, '2026-01-31T23:30:00Z', 2, true); // starts in January (UTC), runs into February: counted in January
    await log(p.id, '2026-03-10T09:00:00Z', 1, false);
    await spend('2026-01-15', 25.5);
    await spend('2026-02-28', 70); // the only thing in February
    await spend('2026-03-01', 4.5);
    // Never converted: other currencies stay out of the sums and are listed on their own.
    await spend('2026-03-02', 80, 'USD');
    await spend('2026-03-03', 20.25, 'USD');
    await spend('2026-01-04', 9, 'GBP');

    const fin = (await manager.get(`/api/v1/projects/${p.id}/financials`)).json();
    expect(fin.by_month).toEqual([
      { month: '2026-01', hours: 2, billable_amount: 200, cost: 80, expenses: 25.5 },
      { month: '2026-02', hours: 0, billable_amount: 0, cost: 0, expenses: 70 },
      { month: '2026-03', hours: 1, billable_amount: 0, cost: 40, expenses: 4.5 },
    ]);
    expect(fin.consumed).toEqual({
      hours: 3,
      billable_hours: 2,
      billable_amount: 200,
      cost: 120,
      expenses: 100,
      expenses_in_other_currencies: [
        { currency: 'GBP', amount: 9 },
        { currency: 'USD', amount: 100.25 },
      ],
      invoiced: 0,
    });
    expect(fin.budget_used_percent).toBe(30); // (200 + 100) / 1000

    // An hours budget is measured in hours; a project with nothing logged has no months and uses none of it.
    const hoursOnly = await project(manager, { hourly_rate: null, budget_amount: null, budget_hours: 12 });
    expect((await manager.get(`/api/v1/projects/${hoursOnly.id}/financials`)).json()).toMatchObject({
      budget_hours: 12,
      budget_used_percent: 0,
      by_month: [],
    });
    await log(hoursOnly.id, '2026-04-02T08:00:00Z', 3, false);
    expect((await manager.get(`/api/v1/projects/${hoursOnly.id}/financials`)).json()).toMatchObject({
      budget_used_percent: 25,
      by_month: [{ month: '2026-04', hours: 3, billable_amount: 0, cost: 0, expenses: 0 }],
    });
  });
});

describeEachDb('participations', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']);

  it('maps the seven request levels to access_level and permissions_label exactly as documented', async () => {
    const p = await project(manager);
    const expected: Record<ProjectLevel, [string, string, string]> = {
      admin: ['admin', 'edit', 'edit'],
      edit_financials: ['financial', 'edit', 'edit'],
      view_financials: ['financial', 'view_only', 'view_with_custom'],
      edit_time_and_expenses: ['time_logging', 'edit', 'edit'],
      view_time_and_expenses: ['time_logging', 'view_only', 'view_with_custom'],
      edit_tasks: ['collaboration', 'edit', 'edit'],
      view_tasks: ['collaboration', 'view_only', 'view_with_custom'],
    };
    for (const level of PROJECT_LEVELS) {
      const plain = await join(manager, p.id, await userWith(t.app, ['user']), level);
      expect([plain.access_level, plain.permissions_label], level).toEqual([expected[level][0], expected[level][1]]);
      const custom = await join(manager, p.id, await userWith(t.app, ['user']), level, { can_post: true });
      expect([custom.access_level, custom.permissions_label], `${level}+flag`).toEqual([expected[level][0], expected[level][2]]);
    }
  });

  it('takes can_edit_time/can_edit_expense inside permissions and returns the scheduling flags only on request', async () => {
    const p = await project(manager);
    const member = await userWith(t.app, ['user']);
    const created = await join(manager, p.id, member, 'view_tasks', {
      can_invite: true,
      can_schedule_their_hours: true,
      permissions: { can_edit_time: true, can_edit_expense: false },
    });
    expect(created).toMatchObject({
      can_invite: true,
      can_post: false,
      can_edit_time: true,
      can_edit_expense: false,
      permissions_label: 'view_with_custom',
    });
    expect('can_schedule_their_hours' in created).toBe(false);
    const asked = (
      await manager.get(`/api/v1/participations/${created.id}?optional_fields=can_schedule_their_hours,can_schedule_team_hours`)
    ).json();
    expect(asked).toMatchObject({ can_schedule_their_hours: true, can_schedule_team_hours: false });
    expect((await manager.get(`/api/v1/participations/${created.id}?optional_fields=nope`)).statusCode).toBe(400);
    // can_edit_time at the top level is not the documented request shape.
    const wrong = await manager.post('/api/v1/participations', {
      project_id: p.id,
      user_id: (await userWith(t.app, ['user'])).userId,
      access_level: 'view_tasks',
      can_edit_time: true,
    });
    expect(wrong.statusCode).toBe(400);
  });

  it('project admins manage members; others are refused; a can_invite member invites at most at their level', async () => {
    const p = await project(manager);
    const inviter = await userWith(t.app, ['user']);
    const plain = await userWith(t.app, ['user']);
    await join(manager, p.id, inviter, 'edit_time_and_expenses', { can_invite: true });
    const plainRow = await join(manager, p.id, plain, 'edit_tasks');
    const newcomer = await userWith(t.app, ['user']);

    const denied = await plain.post('/api/v1/participations', { project_id: p.id, user_id: newcomer.userId, access_level: 'view_tasks' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().required_project_level).toBe('admin');
    const tooHigh = await inviter.post('/api/v1/participations', {
      project_id: p.id,
      user_id: newcomer.userId,
      access_level: 'view_financials',
    });
    expect(tooHigh.statusCode).toBe(403);
    const withFlag = await inviter.post('/api/v1/participations', {
      project_id: p.id,
      user_id: newcomer.userId,
      access_level: 'view_tasks',
      can_post: true,
    });
    expect(withFlag.statusCode).toBe(403);
    expect(
      (await inviter.post('/api/v1/participations', { project_id: p.id, user_id: newcomer.userId, access_level: 'edit_time_and_expenses' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await inviter.post('/api/v1/participations', { project_id: p.id, user_id: newcomer.userId, access_level: 'view_tasks' })).statusCode,
    ).toBe(409);

    expect((await inviter.put(`/api/v1/participations/${plainRow.id}`, { access_level: 'admin' })).json().required_project_level).toBe(
      'admin',
    );
    const changed = await manager.put(`/api/v1/participations/${plainRow.id}`, {
      access_level: 'view_financials',
      permissions: { can_edit_expense: true },
    });
    expect(changed.json()).toMatchObject({ access_level: 'financial', permissions_label: 'view_with_custom', can_edit_expense: true });
    // Members leave on their own; project admins remove anyone.
    expect((await plain.delete(`/api/v1/participations/${plainRow.id}`)).statusCode).toBe(204);
    expect((await plain.get(`/api/v1/projects/${p.id}`)).statusCode).toBe(404);
  });

  it('keeps at least one project administrator', async () => {
    const p = await project(manager);
    const own = (await manager.get(`/api/v1/participations?project_id=${p.id}&user_id=${manager.userId}`)).json().participations[0];
    expect((await manager.put(`/api/v1/participations/${own.id}`, { access_level: 'edit_tasks' })).statusCode).toBe(409);
    expect((await manager.delete(`/api/v1/participations/${own.id}`)).statusCode).toBe(409);
    const second = await userWith(t.app, ['user']);
    await join(manager, p.id, second, 'admin');
    expect((await manager.put(`/api/v1/participations/${own.id}`, { access_level: 'edit_tasks' })).statusCode).toBe(200);
  });

  it('refuses unknown or deactivated users, archived projects and invisible projects', async () => {
    const p = await project(manager);
    expect(
      (await manager.post('/api/v1/participations', { project_id: p.id, user_id: 999999, access_level: 'view_tasks' })).statusCode,
    ).toBe(404);
    const outsider = await userWith(t.app, ['user']);
    const hidden = await project(await userWith(t.app, ['manager']));
    // A manager sees every project (view_all_projects) but is no admin there.
    expect(
      (await manager.post('/api/v1/participations', { project_id: hidden.id, user_id: outsider.userId, access_level: 'view_tasks' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await outsider.post('/api/v1/participations', { project_id: hidden.id, user_id: outsider.userId, access_level: 'admin' }))
        .statusCode,
    ).toBe(404);
    await manager.delete(`/api/v1/projects/${p.id}`);
    expect(
      (await manager.post('/api/v1/participations', { project_id: p.id, user_id: outsider.userId, access_level: 'view_tasks' })).statusCode,
    ).toBe(409);
  });

  it('GET /projects/{id}/access lists exactly what the level and flags allow', async () => {
    const p = await project(manager);
    const member = await userWith(t.app, ['user']);
    await join(manager, p.id, member, 'view_tasks', { can_post: true, permissions: { can_edit_time: true } });
    const access = (await member.get(`/api/v1/projects/${p.id}/access`)).json();
    expect(access).toMatchObject({
      level: 'view_tasks',
      access_level: 'collaboration',
      permissions_label: 'view_with_custom',
      level_source: 'participation',
      is_member: true,
    });
    expect(access.actions.sort()).toEqual(['log_own_time', 'post_activity', 'view_project', 'view_tasks'].sort());
  });
});

describeEachDb('explain a project action', (kind) => {
  const t = useTestApp(kind);
  const superAdmin = useUser(t, ['super_admin']);
  const manager = useUser(t, ['manager']);
  const member = useUser(t, ['user']);

  it('names the level and its source, the flag, or the missing minimum', async () => {
    const p = await project(manager);
    await join(manager, p.id, member, 'view_tasks', { permissions: { can_edit_time: true } });
    const ask = async (user: Client, action: string) =>
      (await superAdmin.get(`/api/v1/authz/explain?user_id=${user.userId}&project_id=${p.id}&action=${action}`)).json();

    expect(await ask(member, 'log_own_time')).toMatchObject({
      allowed: true,
      level: 'view_tasks',
      level_source: 'participation',
      decided_by: { kind: 'flag', flag: 'can_edit_time' },
    });
    expect(await ask(member, 'view_financials')).toMatchObject({ allowed: false, minimum_level: 'view_financials' });
    // The other manager is no member: view_all_projects shows the project, and view_all_time_entries
    // reaches the team's time on it, action by action — the level stays null.
    const other = await userWith(t.app, ['manager']);
    expect(await ask(other, 'view_team_time')).toMatchObject({
      allowed: true,
      level: null,
      visible: true,
      visible_through: 'permission:view_all_projects',
      decided_by: { kind: 'permission', permission: 'view_all_time_entries' },
    });
    const tasks = await ask(other, 'edit_tasks');
    expect(tasks).toMatchObject({ allowed: false, level: null, minimum_level: 'edit_tasks', alternative_permission: null });
    expect(tasks.summary).toMatch(/not a member/);
    expect(await ask(other, 'invoice')).toMatchObject({
      allowed: true,
      decided_by: { kind: 'permission', permission: 'create_invoices', allOf: ['create_invoices', 'view_all_invoices'] },
    });
    const outsider = await userWith(t.app, ['user']);
    const hidden = await ask(outsider, 'view_project');
    expect(hidden).toMatchObject({ allowed: false, level: null, visible: false });
    expect(hidden.summary).toMatch(/cannot see/);
    expect((await superAdmin.get(`/api/v1/authz/explain?user_id=${member.userId}&action=log_own_time`)).statusCode).toBe(400);
    expect((await superAdmin.get(`/api/v1/authz/explain?user_id=${member.userId}&project_id=999999&action=log_own_time`)).statusCode).toBe(
      404,
    );
  });
});

describe('the read:projects token example', () => {
  const t = useTestApp('pglite');

  it('a token with only read:projects lists projects and gets the exact 403 on POST /projects', async () => {
    const manager = await userWith(t.app, ['manager']);
    await project(manager, { name: 'Visible' });
    const api = await tokenClient(manager, ['read:projects', 'read:time_entries'], { name: 'reporting' });
    const list = await api.get('/api/v1/projects');
    expect(list.statusCode).toBe(200);
    expect(list.json().projects.map((p: { name: string }) => p.name)).toContain('Visible');
    const res = await api.post('/api/v1/projects', { name: 'Test' });
    expect(res.statusCode).toBe(403);
    const { request_id, ...body } = res.json();
    expect(typeof request_id).toBe('string');
    expect(body).toEqual({
      error: 'Insufficient permissions',
      message: "This endpoint requires the 'write:projects' scope",
      required_scope: 'write:projects',
      available_scopes: ['read:projects', 'read:time_entries'],
      code: 'forbidden',
    });
  });
});
