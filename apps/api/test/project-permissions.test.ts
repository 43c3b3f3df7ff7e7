/**
 * Account permissions reach project actions one by one, never as a whole level
 * (docs/development/authorization.md, "Project access"): a permission grants exactly what its name
 * says on every project the caller can see, and nothing beside it. Only view_all_projects (and an
 * admin role) makes a project visible to a non-member.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/app.js';
import { customRole, userWith, type Client } from './helpers/client.js';
import { useTestApp, useUser } from './helpers/fixtures.js';

/** Permissions a person needs to keep their own time and expenses (what the `user` role gives). */
const OWN_ENTRIES = [
  'view_projects',
  'view_own_time_entries',
  'create_time_entries',
  'edit_own_time_entries',
  'delete_own_time_entries',
  'view_own_expenses',
  'create_expenses',
  'edit_own_expenses',
  'delete_own_expenses',
];

describeEachDb('project permissions', (kind) => {
  const t = useTestApp(kind);
  const owner = useUser(t, ['admin']);
  const worker = useUser(t, ['user']);
  let projectId: number;
  let day = 0;

  /** A distinct ended hour in March 2026, so entries never overlap. */
  const hour = () => {
    day++;
    const start = new Date(Date.UTC(2026, 2, 1, 8) + day * 3_600_000 * 2);
    return { start_time: start.toISOString(), end_time: new Date(start.getTime() + 3_600_000).toISOString() };
  };
  async function entryOf(who: Client): Promise<number> {
    const res = await who.post('/api/v1/time-entries', { project_id: projectId, ...hour(), notes: 'work' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }
  async function expenseOf(who: Client): Promise<number> {
    const res = await who.post('/api/v1/expenses', { project_id: projectId, date: '2026-03-02', amount: 12.5, category: 'travel' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }
  async function pendingApproval(who: Client): Promise<number> {
    const res = await who.post(`/api/v1/time-entries/${await entryOf(who)}/request-approval`);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }
  async function roleUser(name: string, permissions: string[]): Promise<Client> {
    await customRole(t.app, name, permissions);
    return userWith(t.app, [name]);
  }

  beforeAll(async () => {
    const project = await owner.post('/api/v1/projects', { name: 'Permissions', hourly_rate: 100, budget_amount: 10_000 });
    expect(project.statusCode, project.body).toBe(201);
    projectId = project.json().id;
    const joined = await owner.post('/api/v1/participations', {
      project_id: projectId,
      user_id: worker.userId,
      access_level: 'edit_time_and_expenses',
    });
    expect(joined.statusCode, joined.body).toBe(201);
  });

  it("M3 manage_project_costs edits rates and budgets but not others' time, approvals or expenses", async () => {
    const costs = await roleUser('m3_costs', ['manage_project_costs', ...OWN_ENTRIES]);
    const entry = await entryOf(worker);
    const expense = await expenseOf(worker);
    const approval = await pendingApproval(worker);

    // Someone else's time and expenses stay invisible: no team view comes with the permission.
    expect((await costs.put(`/api/v1/time-entries/${entry}`, { notes: 'changed by costs' })).statusCode).toBe(404);
    expect((await costs.delete(`/api/v1/time-entries/${entry}`)).statusCode).toBe(404);
    expect((await costs.delete(`/api/v1/expenses/${expense}`)).statusCode).toBe(404);
    expect((await costs.put(`/api/v1/expenses/${expense}`, { description: 'changed by costs' })).statusCode).toBe(404);
    expect((await costs.post(`/api/v1/time-entry-approvals/${approval}/approve`)).statusCode).toBe(404);
    expect((await costs.post(`/api/v1/time-entry-approvals/${approval}/reject`, { reason: 'no' })).statusCode).toBe(404);
    const listed = (await costs.get('/api/v1/time-entries?per_page=100')).json().time_entries.map((e: { id: number }) => e.id);
    expect(listed).not.toContain(entry);
    // Nor may it log time on a project it is not a member of: the log action needs the level.
    const log = await costs.post('/api/v1/time-entries', { project_id: projectId, ...hour() });
    expect(log.statusCode).toBe(403);
    expect(log.json()).toMatchObject({ required_project_level: 'edit_time_and_expenses', project_id: projectId });

    // What its name says: rates, budget and costs, on every project.
    const edit = await costs.put(`/api/v1/projects/${projectId}`, { hourly_rate: 150, budget_amount: 20_000, cost_rate: 60 });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ hourly_rate: 150, budget_amount: 20_000, cost_rate: 60 });
    expect((await costs.get(`/api/v1/projects/${projectId}/financials`)).statusCode).toBe(200);
    const access = (await costs.get(`/api/v1/projects/${projectId}/access`)).json();
    expect(access).toMatchObject({
      level: 'view_tasks',
      membership_level: null,
      level_source: 'permission:view_all_projects',
      is_member: false,
    });
    expect(access.actions).toEqual(['view_project', 'view_tasks', 'view_financials', 'edit_financials']);

    // The worker's records and request are untouched.
    expect((await worker.get(`/api/v1/time-entries/${entry}`)).json().notes).toBe('work');
    expect((await worker.get(`/api/v1/expenses/${expense}`)).statusCode).toBe(200);
    expect(
      (await owner.get(`/api/v1/time-entry-approvals?project_id=${projectId}&status=pending&per_page=100`))
        .json()
        .time_entry_approvals.map((a: { id: number }) => a.id),
    ).toContain(approval);
  });

  it("M3 view_all_time_entries shows everyone's time entries but not their expenses", async () => {
    const reader = await roleUser('m3_time_reader', ['view_all_time_entries', 'view_all_projects', 'view_own_expenses', 'view_projects']);
    const entry = await entryOf(worker);
    const expense = await expenseOf(worker);

    expect((await reader.get(`/api/v1/time-entries/${entry}`)).statusCode).toBe(200);
    const times = (await reader.get('/api/v1/time-entries?per_page=100')).json().time_entries.map((e: { id: number }) => e.id);
    expect(times).toContain(entry);

    expect((await reader.get(`/api/v1/expenses/${expense}`)).statusCode).toBe(404);
    const expenses = (await reader.get('/api/v1/expenses?per_page=100')).json().expenses.map((e: { id: number }) => e.id);
    expect(expenses).not.toContain(expense);
    // Not rates either.
    const project = (await reader.get(`/api/v1/projects/${projectId}`)).json();
    expect('hourly_rate' in project).toBe(false);
    expect((await reader.get(`/api/v1/projects/${projectId}/financials`)).statusCode).toBe(403);

    // view_all_expenses is what shows expenses.
    const expenseReader = await roleUser('m3_expense_reader', ['view_all_expenses', 'view_all_projects', 'view_projects']);
    expect((await expenseReader.get(`/api/v1/expenses/${expense}`)).statusCode).toBe(200);
  });

  it('M3 view_all_time_entries reaches only projects the caller can see: it never opens a project', async () => {
    const reader = await roleUser('m3_time_reader_member', ['view_all_time_entries', 'view_own_expenses', 'view_projects']);
    const entry = await entryOf(worker);
    // Not a member and no view_all_projects: the project and its entries are invisible.
    expect((await reader.get(`/api/v1/projects/${projectId}`)).statusCode).toBe(404);
    expect((await reader.get(`/api/v1/time-entries/${entry}`)).statusCode).toBe(404);
    // A member at the lowest level sees everyone's time through the permission.
    const joined = await owner.post('/api/v1/participations', {
      project_id: projectId,
      user_id: reader.userId,
      access_level: 'view_tasks',
    });
    expect(joined.statusCode, joined.body).toBe(201);
    expect((await reader.get(`/api/v1/time-entries/${entry}`)).statusCode).toBe(200);
    const access = (await reader.get(`/api/v1/projects/${projectId}/access`)).json();
    expect(access).toMatchObject({ level: 'view_tasks', membership_level: 'view_tasks', level_source: 'participation' });
    expect(access.actions).toContain('view_team_time');
    expect(access.actions).not.toContain('view_team_expenses');
  });

  it("M3 edit_all_time_entries edits others' time but does not delete it; delete_all_time_entries deletes", async () => {
    const editor = await roleUser('m3_time_editor', [
      'edit_all_time_entries',
      'delete_own_time_entries',
      'view_all_projects',
      'view_projects',
    ]);
    const deleter = await roleUser('m3_time_deleter', ['delete_all_time_entries', 'view_all_projects', 'view_projects']);
    const entry = await entryOf(worker);
    const edit = await editor.put(`/api/v1/time-entries/${entry}`, { notes: 'corrected' });
    expect(edit.statusCode, edit.body).toBe(200);
    const refused = await editor.delete(`/api/v1/time-entries/${entry}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ required_project_level: 'edit_financials', project_action: 'delete_others_time' });
    expect(refused.json().message).toContain("'delete_all_time_entries' permission");
    expect((await deleter.put(`/api/v1/time-entries/${entry}`, { notes: 'nope' })).statusCode).toBe(403);
    expect((await deleter.delete(`/api/v1/time-entries/${entry}`)).statusCode).toBe(204);
  });

  it('M3 the manager system role approves and invoices on a project where it is not a member, and edits no tasks there', async () => {
    const manager = await userWith(t.app, ['manager']);
    const approval = await pendingApproval(worker);
    const approved = await manager.post(`/api/v1/time-entry-approvals/${approval}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decided_by: manager.userId });

    const invoice = await manager.post('/api/v1/invoices/from-time-entries', {
      project_id: projectId,
      start_date: '2026-03-01',
      end_date: '2026-03-31',
    });
    expect(invoice.statusCode, invoice.body).toBe(201);
    const sent = await manager.post(`/api/v1/invoices/${invoice.json().id}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('sent');

    const access = (await manager.get(`/api/v1/projects/${projectId}/access`)).json();
    expect(access).toMatchObject({ membership_level: null, is_member: false });
    expect(access.actions).toEqual(
      expect.arrayContaining(['view_team_time', 'view_team_expenses', 'view_financials', 'approve_time', 'invoice']),
    );
    // Creating tasks is reached by membership only.
    const task = await manager.post('/api/v1/tasks', { project_id: projectId, name: 'Not here' });
    expect(task.statusCode).toBe(403);
    expect(task.json()).toMatchObject({ required_project_level: 'edit_tasks' });
  });

  it('M3 invoicing needs create_invoices together with view_all_invoices; create_invoices alone needs the level', async () => {
    const creator = await roleUser('m3_invoice_creator', ['create_invoices', 'view_all_projects', 'view_projects']);
    const refused = await creator.post('/api/v1/invoices', {
      project_id: projectId,
      currency: 'EUR',
      lines: [{ description: 'Work', quantity: 1, unit_price: 10 }],
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ required_project_level: 'edit_financials', project_action: 'invoice' });
    const invoicer = await roleUser('m3_invoicer', ['create_invoices', 'view_all_invoices', 'view_all_projects', 'view_projects']);
    const created = await invoicer.post('/api/v1/invoices', {
      project_id: projectId,
      currency: 'EUR',
      lines: [{ description: 'Work', quantity: 1, unit_price: 10 }],
    });
    expect(created.statusCode, created.body).toBe(201);
  });
});
