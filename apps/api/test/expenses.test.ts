/**
 * Expenses against PGlite and PostgreSQL: CRUD, the project-level boundaries with the
 * can_edit_expense flag, object-level access through sessions and tokens, and bad input.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { expenses } from '../src/db/schema/index.js';
import { describeEachDb } from './helpers/app.js';
import { userWith } from './helpers/client.js';
import {
  addMember,
  createProject,
  expectInvalid,
  expectStatus,
  join,
  spend,
  tokenClient,
  useTestApp,
  useUser,
} from './helpers/fixtures.js';

const ids = (res: { json(): { expenses: { id: number }[] } }) => res.json().expenses.map((e) => e.id);

describeEachDb('expenses', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']);
  let project: number;
  beforeAll(async () => {
    project = await createProject(manager, { billable: false, currency: 'CHF' });
  });

  it('CRUD, with the project’s currency and billable as defaults', async () => {
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    const created = await member.post('/api/v1/expenses', {
      project_id: project,
      date: '2026-03-02',
      amount: 19.99,
      category: 'Hotel',
      description: 'Two nights',
    });
    const expense = expectStatus(created);
    expect(expense).toMatchObject({
      user_id: member.userId,
      user: { id: member.userId },
      project_id: project,
      date: '2026-03-02',
      amount: 19.99,
      currency: 'CHF',
      category: 'Hotel',
      description: 'Two nights',
      billable: false,
    });
    const second = await spend(member, project, {
      date: '2026-03-05',
      amount: 1_000_000_000,
      currency: 'USD',
      billable: true,
      category: 'Equipment',
    });
    expect(second).toMatchObject({ amount: 1_000_000_000, currency: 'USD', billable: true });

    expect((await member.get(`/api/v1/expenses/${expense.id}`)).json()).toEqual(expense);
    const list = await member.get('/api/v1/expenses');
    expect(ids(list)).toEqual([second.id, expense.id]); // newest date first
    expect(list.json().pagination).toEqual({ page: 1, per_page: 50, total: 2, pages: 1 });
    expect(ids(await member.get('/api/v1/expenses?category=Hotel'))).toEqual([expense.id]);
    expect(ids(await member.get('/api/v1/expenses?start_date=2026-03-03&end_date=2026-03-05'))).toEqual([second.id]);
    expect(ids(await member.get('/api/v1/expenses?end_date=2026-03-02'))).toEqual([expense.id]);
    expect(ids(await member.get('/api/v1/expenses?billable=true'))).toEqual([second.id]);

    const updated = await member.put(`/api/v1/expenses/${expense.id}`, { amount: 0.07, date: '2026-03-04', category: 'Parking' });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ amount: 0.07, date: '2026-03-04', category: 'Parking', description: 'Two nights' });
    expect((await member.delete(`/api/v1/expenses/${expense.id}`)).statusCode).toBe(204);
    expect((await member.get(`/api/v1/expenses/${expense.id}`)).statusCode).toBe(404);
  });

  it('view_time_and_expenses sees everyone’s expenses on the project; edit_tasks does not', async () => {
    const author = await addMember(manager, project, 'edit_time_and_expenses');
    const expense = await spend(author, project);
    const viewer = await addMember(manager, project, 'view_time_and_expenses');
    const below = await addMember(manager, project, 'edit_tasks');
    expect((await viewer.get(`/api/v1/expenses/${expense.id}`)).statusCode).toBe(200);
    expect(ids(await viewer.get(`/api/v1/expenses?user_id=${author.userId}`))).toEqual([expense.id]);
    for (const client of [below, await userWith(t.app, ['user'])]) {
      expect((await client.get(`/api/v1/expenses/${expense.id}`)).statusCode).toBe(404);
      expect((await client.get(`/api/v1/expenses?user_id=${author.userId}`)).json().pagination.total).toBe(0);
    }
    // view_all_expenses (manager) counts on projects the manager can see.
    expect((await manager.get(`/api/v1/expenses/${expense.id}`)).statusCode).toBe(200);
  });

  it('edit_time_and_expenses may record own expenses; view_time_and_expenses may not, unless can_edit_expense', async () => {
    const allowed = await addMember(manager, project, 'edit_time_and_expenses');
    const below = await addMember(manager, project, 'view_time_and_expenses');
    const flagged = await addMember(manager, project, 'view_time_and_expenses', { can_edit_expense: true });
    const timeFlag = await addMember(manager, project, 'view_time_and_expenses', { can_edit_time: true });
    expect(
      (await allowed.post('/api/v1/expenses', { project_id: project, date: '2026-03-06', amount: 5, category: 'Food' })).statusCode,
    ).toBe(201);
    for (const client of [below, timeFlag]) {
      const refused = await client.post('/api/v1/expenses', { project_id: project, date: '2026-03-06', amount: 5, category: 'Food' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'forbidden', required_project_level: 'edit_time_and_expenses' });
    }
    expect(
      (await flagged.post('/api/v1/expenses', { project_id: project, date: '2026-03-06', amount: 5, category: 'Food' })).statusCode,
    ).toBe(201);
    expect(
      (
        await (
          await userWith(t.app, ['user'])
        ).post('/api/v1/expenses', { project_id: project, date: '2026-03-06', amount: 5, category: 'Food' })
      ).statusCode,
    ).toBe(404);
  });

  it('edit_financials may edit, delete and record others’ expenses; view_financials may not', async () => {
    const author = await addMember(manager, project, 'edit_time_and_expenses');
    const financial = await addMember(manager, project, 'edit_financials');
    const below = await addMember(manager, project, 'view_financials');
    const expense = await spend(author, project);
    expect((await below.put(`/api/v1/expenses/${expense.id}`, { amount: 1 })).json()).toMatchObject({
      code: 'forbidden',
      required_project_level: 'edit_financials',
    });
    expect((await below.delete(`/api/v1/expenses/${expense.id}`)).statusCode).toBe(403);
    expect(
      (
        await below.post('/api/v1/expenses', {
          project_id: project,
          date: '2026-03-07',
          amount: 3,
          category: 'Taxi',
          user_id: author.userId,
        })
      ).statusCode,
    ).toBe(403);
    expect((await author.get(`/api/v1/expenses/${expense.id}`)).json().amount).toBe(12.5);

    expect((await financial.put(`/api/v1/expenses/${expense.id}`, { amount: 11 })).json()).toMatchObject({
      amount: 11,
      user_id: author.userId,
    });
    const onBehalf = await financial.post('/api/v1/expenses', {
      project_id: project,
      date: '2026-03-07',
      amount: 3,
      category: 'Taxi',
      user_id: author.userId,
    });
    expect(onBehalf.statusCode, onBehalf.body).toBe(201);
    expect(onBehalf.json().user_id).toBe(author.userId);
    expect((await financial.delete(`/api/v1/expenses/${expense.id}`)).statusCode).toBe(204);
    expect((await author.get(`/api/v1/expenses/${expense.id}`)).statusCode).toBe(404);
  });

  it('the viewer role cannot record expenses', async () => {
    const viewer = await userWith(t.app, ['viewer']);
    await join(manager, project, viewer, 'admin');
    const res = await viewer.post('/api/v1/expenses', { project_id: project, date: '2026-03-06', amount: 5, category: 'Food' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ required_permission: 'create_expenses' });
    expect((await viewer.get('/api/v1/expenses')).json()).toMatchObject({ required_permission: 'view_own_expenses' });
  });

  it('BOLA: A cannot read, change or delete B’s expenses by id, via the session or a token', async () => {
    const a = await addMember(manager, project, 'edit_tasks', { can_edit_expense: true });
    const b = await addMember(manager, project, 'edit_tasks', { can_edit_expense: true });
    const mine = await spend(a, project);
    const theirs = await spend(b, project, { amount: 99 });
    const token = await tokenClient(a, ['read:expenses', 'write:expenses'], { name: 'bola', expires_in_days: 1 });
    for (const client of [a, token]) {
      expect((await client.get(`/api/v1/expenses/${mine.id}`)).statusCode).toBe(200);
      expect((await client.get(`/api/v1/expenses/${theirs.id}`)).statusCode).toBe(404);
      expect((await client.put(`/api/v1/expenses/${theirs.id}`, { amount: 1 })).statusCode).toBe(404);
      expect((await client.delete(`/api/v1/expenses/${theirs.id}`)).statusCode).toBe(404);
      expect(ids(await client.get(`/api/v1/expenses?project_id=${project}`))).toEqual([mine.id]);
      expect(
        (await client.post('/api/v1/expenses', { project_id: project, date: '2026-03-08', amount: 1, category: 'x', user_id: b.userId }))
          .statusCode,
      ).toBe(403);
    }
    const [row] = await t.db.db.select().from(expenses).where(eq(expenses.id, theirs.id));
    expect(row).toMatchObject({ amount: 99, userId: b.userId });
    // A time-entries token does not open expenses.
    const timeToken = await tokenClient(a, ['read:time_entries'], { name: 'time', expires_in_days: 1 });
    expect((await timeToken.get(`/api/v1/expenses/${mine.id}`)).json()).toMatchObject({ required_scope: 'read:expenses' });
  });

  it('archived projects take no new expenses and no changes (409)', async () => {
    const archived = await createProject(manager);
    const member = await addMember(manager, archived, 'edit_time_and_expenses');
    const expense = await spend(member, archived);
    expect((await manager.delete(`/api/v1/projects/${archived}`)).statusCode).toBe(200);
    const res = await member.post('/api/v1/expenses', { project_id: archived, date: '2026-03-02', amount: 1, category: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('conflict');
    expect((await member.put(`/api/v1/expenses/${expense.id}`, { amount: 1 })).statusCode).toBe(409);
    expect((await member.delete(`/api/v1/expenses/${expense.id}`)).statusCode).toBe(409);
  });

  it('bad input is 400 with field errors, never 5xx', async () => {
    const member = await addMember(manager, project, 'edit_time_and_expenses');
    const expense = await spend(member, project);
    const base = { project_id: project, date: '2026-03-02', amount: 10, category: 'Travel' };
    const cases: [string, unknown, string][] = [
      ['zero amount', { ...base, amount: 0 }, 'body.amount'],
      ['negative amount', { ...base, amount: -5 }, 'body.amount'],
      ['three decimals', { ...base, amount: 1.234 }, 'body.amount'],
      ['too large', { ...base, amount: 1_000_000_000.01 }, 'body.amount'],
      ['amount as text', { ...base, amount: '10' }, 'body.amount'],
      ['lowercase currency', { ...base, currency: 'eur' }, 'body.currency'],
      ['empty category', { ...base, category: '' }, 'body.category'],
      ['blank category', { ...base, category: '   ' }, 'body.category'],
      ['long category', { ...base, category: 'c'.repeat(101) }, 'body.category'],
      ['impossible date', { ...base, date: '2026-02-30' }, 'body.date'],
      ['date with time', { ...base, date: '2026-03-02T00:00:00Z' }, 'body.date'],
      ['year 1999', { ...base, date: '1999-12-31' }, 'body.date'],
      ['year 2101', { ...base, date: '2101-01-01' }, 'body.date'],
      ['long description', { ...base, description: 'd'.repeat(5001) }, 'body.description'],
      ['unknown field', { ...base, receipt_url: 'x' }, 'body.receipt_url'],
      ['missing category', { project_id: project, date: '2026-03-02', amount: 1 }, 'body.category'],
    ];
    for (const [name, body, path] of cases) {
      const res = await member.post('/api/v1/expenses', body);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
      expect(
        res.json().errors.map((e: { path: string }) => e.path),
        name,
      ).toContain(path);
    }
    for (const [body, path] of [
      [{}, 'body'],
      [{ amount: 0.001 }, 'body.amount'],
      [{ date: '2025-02-29' }, 'body.date'],
      [{ user_id: 1 }, 'body.user_id'],
    ] as const) {
      const res = await member.put(`/api/v1/expenses/${expense.id}`, body);
      expectInvalid(res, path);
    }
    for (const [query, path] of [
      ['start_date=2026-03-05&end_date=2026-03-04', 'querystring.end_date'],
      ['end_date=2026-02-29', 'querystring.end_date'],
      ['per_page=0', 'querystring.per_page'],
      ['category=', 'querystring.category'],
      ['page=500', null],
    ] as const) {
      const res = await member.get(`/api/v1/expenses?${query}`);
      expect(res.statusCode, `${query}: ${res.body}`).toBe(400);
      if (path) expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect((await member.get(`/api/v1/expenses/${expense.id}`)).json().amount).toBe(12.5);
  });
});
