/**
 * Invoices: drafts from unbilled time and expenses, totals with tax, billed once (also under
 * concurrency), void, payments within the balance, and who may see or do what.
 */
import { beforeAll, expect, it } from 'vitest';
import { expenses, timeEntries } from '../src/db/schema/index.js';
import { describeEachDb } from './helpers/app.js';
import { type Client, customRole, userWith } from './helpers/client.js';
import { createClient, createProject, expectStatus, join, useTestApp, useUser } from './helpers/fixtures.js';

describeEachDb('invoices', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']); // project admin
  const member = useUser(t, ['user']);
  let projectId: number;

  async function entry(user: Client, isoDay: string, hours: number, billable = true, project = projectId) {
    const start = new Date(`${isoDay}T09:00:00Z`);
    const [row] = await t.db.db
      .insert(timeEntries)
      .values({
        userId: user.userId!,
        projectId: project,
        startTime: start,
        endTime: new Date(start.getTime() + hours * 3_600_000),
        durationSeconds: hours * 3600,
        billable,
      })
      .returning({ id: timeEntries.id });
    return row!.id;
  }

  /** Asks, as `as`, for a draft of the project's unbilled time and expenses between the two days. */
  const fromTime = (as: Client, start_date: string, end_date: string) =>
    as.post('/api/v1/invoices/from-time-entries', { project_id: projectId, start_date, end_date });

  beforeAll(async () => {
    const client = await createClient(manager, { name: 'Acme' });
    projectId = await createProject(manager, { name: 'Billable work', client_id: client.id, hourly_rate: 100, currency: 'EUR' });
    await join(manager, projectId, member, 'edit_time_and_expenses');
    // Sees every project and may create invoices, but invoices a project only as a financial member
    // (managers, holding view_all_invoices too, invoice every project).
    await customRole(t.app, 'project_biller', [
      'view_all_projects',
      'create_invoices',
      'edit_invoices',
      'send_invoices',
      'view_own_invoices',
    ]);
  });

  it('drafts an invoice from unbilled billable time and expenses with correct totals, then bills nothing twice', async () => {
    await entry(member, '2026-03-02', 2);
    await entry(member, '2026-03-03', 1.5);
    await entry(member, '2026-03-04', 3, false); // not billable
    await entry(member, '2026-04-01', 4); // outside the period
    await t.db.db.insert(expenses).values({
      userId: member.userId!,
      projectId,
      date: '2026-03-05',
      amount: 49.99,
      currency: 'EUR',
      category: 'software',
      billable: true,
    });

    const res = await manager.post('/api/v1/invoices/from-time-entries', {
      project_id: projectId,
      start_date: '2026-03-01',
      end_date: '2026-03-31',
      tax_rate: 19,
    });
    const inv = expectStatus(res);
    expect(inv.lines.map((l: { quantity: number; unit_price: number; amount: number }) => [l.quantity, l.unit_price, l.amount])).toEqual([
      [2, 100, 200],
      [1.5, 100, 150],
      [1, 49.99, 49.99],
    ]);
    expect(inv).toMatchObject({
      status: 'draft',
      currency: 'EUR',
      subtotal: 399.99,
      tax_rate: 19,
      tax_amount: 76,
      total: 475.99,
      balance: 475.99,
      period_start: '2026-03-01',
    });
    expect(inv.number).toMatch(/^INV-\d{4}-\d{5}$/);

    // Billed entries cannot be changed or deleted while the invoice stands.
    const billed = inv.lines[0].time_entry_id;
    expect((await member.delete(`/api/v1/time-entries/${billed}`)).statusCode).toBe(409);
    expect((await member.put(`/api/v1/time-entries/${billed}`, { notes: 'edited' })).json().message).toMatch(/billed on invoice/);
    const billedExpense = inv.lines[2].expense_id;
    expect((await member.delete(`/api/v1/expenses/${billedExpense}`)).statusCode).toBe(409);
    // Both say which invoice bills them, so a client can show the lock before trying.
    expect((await member.get(`/api/v1/time-entries/${billed}`)).json().invoice_id).toBe(inv.id);
    expect((await member.get(`/api/v1/expenses/${billedExpense}`)).json().invoice_id).toBe(inv.id);
    const listed = (await member.get(`/api/v1/expenses?project_id=${projectId}&per_page=100`)).json().expenses as Record<string, unknown>[];
    expect(listed.find((e) => e.id === billedExpense)).toMatchObject({ invoice_id: inv.id });

    const again = await manager.post('/api/v1/invoices/from-time-entries', {
      project_id: projectId,
      start_date: '2026-03-01',
      end_date: '2026-03-31',
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().message).toMatch(/Nothing to invoice/);
  });

  it('two invoices racing over the same entries: one wins, nothing is billed twice', async () => {
    await entry(member, '2026-05-04', 1);
    await entry(member, '2026-05-05', 2);
    const body = { project_id: projectId, start_date: '2026-05-01', end_date: '2026-05-31' };
    const results = await Promise.all([
      manager.post('/api/v1/invoices/from-time-entries', body),
      manager.post('/api/v1/invoices/from-time-entries', body),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes[0]).toBe(201);
    expect([409, 422]).toContain(codes[1]);
    const list = (await manager.get(`/api/v1/invoices?project_id=${projectId}&per_page=100`)).json().invoices as { period_start: string }[];
    expect(list.filter((i) => i.period_start === '2026-05-01')).toHaveLength(1);
  });

  it('send → partial payment → overpayment refused → paid in full; payments only on sent invoices', async () => {
    await entry(member, '2026-06-01', 3);
    const inv = (await fromTime(manager, '2026-06-01', '2026-06-30')).json();
    // The manager role has send_invoices but not manage_payments; an admin records payments.
    const admin = await userWith(t.app, ['admin']);
    expect((await admin.post(`/api/v1/invoices/${inv.id}/payments`, { amount: 10 })).statusCode).toBe(409); // still a draft
    expect((await manager.post(`/api/v1/invoices/${inv.id}/send`)).json().status).toBe('sent');
    expect((await manager.post(`/api/v1/invoices/${inv.id}/send`)).statusCode).toBe(409);
    expect((await manager.put(`/api/v1/invoices/${inv.id}`, { notes: 'late' })).statusCode).toBe(409);
    expect((await manager.post(`/api/v1/invoices/${inv.id}/payments`, { amount: 10 })).json().required_permission).toBe('manage_payments');
    const partial = await admin.post(`/api/v1/invoices/${inv.id}/payments`, { amount: 100, method: 'bank' });
    expect(partial.statusCode).toBe(201);
    expect(partial.json()).toMatchObject({ status: 'sent', amount_paid: 100, balance: 200 });
    const over = await admin.post(`/api/v1/invoices/${inv.id}/payments`, { amount: 200.01 });
    expect(over.statusCode).toBe(409);
    expect(over.json().message).toMatch(/exceeds the balance of 200.00 EUR/);
    expect((await admin.post(`/api/v1/invoices/${inv.id}/payments`, { amount: 200, currency: 'USD' })).statusCode).toBe(422);
    expect((await admin.post(`/api/v1/invoices/${inv.id}/payments`, { amount: -5 })).statusCode).toBe(400);
    const full = await admin.post(`/api/v1/invoices/${inv.id}/payments`, { amount: 200 });
    expect(full.json()).toMatchObject({ status: 'paid', balance: 0 });
    expect(full.json().payments).toHaveLength(2);
    expect((await admin.delete(`/api/v1/invoices/${inv.id}`)).statusCode).toBe(409); // paid: no void
  });

  it('voiding releases the entries and expenses; deleting a draft too', async () => {
    await entry(member, '2026-07-01', 1);
    const spent = expectStatus(
      await member.post('/api/v1/expenses', { project_id: projectId, date: '2026-07-02', amount: 20, category: 'Travel', billable: true }),
    );
    expect(spent.invoice_id).toBeNull();
    const draft = (await fromTime(manager, '2026-07-01', '2026-07-31')).json();
    expect((await member.get(`/api/v1/expenses/${spent.id}`)).json().invoice_id).toBe(draft.id);
    const admin = await userWith(t.app, ['admin']);
    expect((await admin.delete(`/api/v1/invoices/${draft.id}`)).statusCode).toBe(204);
    const second = (await fromTime(manager, '2026-07-01', '2026-07-31')).json();
    await manager.post(`/api/v1/invoices/${second.id}/send`);
    const voided = await admin.delete(`/api/v1/invoices/${second.id}`);
    expect(voided.statusCode).toBe(200);
    expect(voided.json().status).toBe('void');
    expect((await member.get(`/api/v1/expenses/${spent.id}`)).json().invoice_id).toBeNull();
    expect(
      (
        await manager.post('/api/v1/invoices/from-time-entries', {
          project_id: projectId,
          start_date: '2026-07-01',
          end_date: '2026-07-31',
        })
      ).statusCode,
    ).toBe(201);
  });

  it('needs the edit_financials level to invoice a project; one level below is refused', async () => {
    const other = await userWith(t.app, ['project_biller']);
    const refused = await other.post('/api/v1/invoices/from-time-entries', {
      project_id: projectId,
      start_date: '2026-01-01',
      end_date: '2026-01-31',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().required_project_level).toBe('edit_financials');
    await join(manager, projectId, other, 'view_financials');
    expect((await fromTime(other, '2026-01-01', '2026-01-31')).json().required_project_level).toBe('edit_financials');
    const participation = (await manager.get(`/api/v1/participations?project_id=${projectId}&user_id=${other.userId}`)).json()
      .participations[0];
    await manager.put(`/api/v1/participations/${participation.id}`, { access_level: 'edit_financials' });
    await entry(member, '2026-01-05', 1);
    expect((await fromTime(other, '2026-01-01', '2026-01-31')).statusCode).toBe(201);
  });

  it('editing, sending, voiding and paying re-check the edit_financials level, not only creation', async () => {
    await entry(member, '2026-09-01', 2);
    const creator = await userWith(t.app, ['project_biller']);
    await join(manager, projectId, creator, 'edit_financials');
    const inv = (await fromTime(creator, '2026-09-01', '2026-09-30')).json();
    // One level below: the creator still sees the invoice (view_own_invoices) but may no longer change it.
    const participation = (await manager.get(`/api/v1/participations?project_id=${projectId}&user_id=${creator.userId}`)).json()
      .participations[0];
    await manager.put(`/api/v1/participations/${participation.id}`, { access_level: 'view_financials' });
    expect((await creator.get(`/api/v1/invoices/${inv.id}`)).statusCode).toBe(200);
    for (const res of [
      await creator.put(`/api/v1/invoices/${inv.id}`, { notes: 'x' }),
      await creator.post(`/api/v1/invoices/${inv.id}/send`),
    ]) {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json()).toMatchObject({
        error: 'Insufficient permissions',
        required_project_level: 'edit_financials',
        project_id: projectId,
      });
    }
    // Seeing every invoice and holding every invoice permission is not the project level either.
    await customRole(t.app, 'biller_without_projects', [
      'view_all_invoices',
      'edit_invoices',
      'send_invoices',
      'delete_invoices',
      'manage_payments',
    ]);
    const biller = await userWith(t.app, ['biller_without_projects']);
    expect((await biller.get(`/api/v1/invoices/${inv.id}`)).statusCode).toBe(200);
    for (const res of [
      await biller.put(`/api/v1/invoices/${inv.id}`, { notes: 'x' }),
      await biller.post(`/api/v1/invoices/${inv.id}/send`),
      await biller.delete(`/api/v1/invoices/${inv.id}`),
    ]) {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().required_project_level).toBe('edit_financials');
    }
    // The level allowed: the project admin sends; the biller still cannot record a payment.
    expect((await manager.post(`/api/v1/invoices/${inv.id}/send`)).json().status).toBe('sent');
    expect((await biller.post(`/api/v1/invoices/${inv.id}/payments`, { amount: 1 })).json().required_project_level).toBe('edit_financials');
    expect((await creator.get(`/api/v1/invoices/${inv.id}`)).json()).toMatchObject({ status: 'sent', amount_paid: 0 });
  });

  it('shows invoices to their creator, to view_financials members, and to view_all_invoices holders only', async () => {
    await entry(member, '2026-08-03', 1);
    const inv = (await fromTime(manager, '2026-08-01', '2026-08-31')).json();
    // member: edit_time_and_expenses (below view_financials) and view_own_invoices: invisible.
    expect((await member.get(`/api/v1/invoices/${inv.id}`)).statusCode).toBe(404);
    expect((await member.get('/api/v1/invoices')).json().invoices.map((i: { id: number }) => i.id)).not.toContain(inv.id);
    const finance = await userWith(t.app, ['user']);
    await join(manager, projectId, finance, 'view_financials');
    expect((await finance.get(`/api/v1/invoices/${inv.id}`)).statusCode).toBe(200);
    expect((await finance.post(`/api/v1/invoices/${inv.id}/send`)).json().required_permission).toBe('send_invoices');
    await customRole(t.app, 'ledger_reader', ['view_all_invoices']);
    const reader = await userWith(t.app, ['ledger_reader']);
    expect((await reader.get(`/api/v1/invoices/${inv.id}`)).statusCode).toBe(200);
    const viewer = await userWith(t.app, ['viewer']);
    expect((await viewer.get('/api/v1/invoices')).json().required_permission).toBe('view_own_invoices');
  });

  it('renders a printable HTML view with everything escaped', async () => {
    const inv = (
      await manager.post('/api/v1/invoices', {
        project_id: projectId,
        currency: 'EUR',
        lines: [{ description: '<script>alert(1)</script> Workshop', quantity: 2, unit_price: 450 }],
        tax_rate: 10,
      })
    ).json();
    expect(inv.total).toBe(990);
    const html = await manager.get(`/api/v1/invoices/${inv.id}/html`);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Workshop');
    expect(html.body).not.toContain('<script>alert');
    expect(html.body).toContain('990.00 EUR');
  });

  it('a client named only by an invoice is archived, not deleted (no 5xx)', async () => {
    const admin = await userWith(t.app, ['admin']);
    const client = (await admin.post('/api/v1/clients', { name: 'Invoiced only' })).json();
    await admin.post('/api/v1/invoices', {
      client_id: client.id,
      currency: 'EUR',
      lines: [{ description: 'Retainer', quantity: 1, unit_price: 500 }],
    });
    const res = await admin.delete(`/api/v1/clients/${client.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('archived');
  });

  it('refuses bad input with 4xx and writes nothing', async () => {
    const before = (await manager.get('/api/v1/invoices?per_page=100')).json().pagination.total;
    const cases: [Record<string, unknown>, number][] = [
      [{ project_id: projectId, start_date: '2026-02-30', end_date: '2026-03-01' }, 400],
      [{ project_id: projectId, start_date: '2026-03-10', end_date: '2026-03-01' }, 400],
      [{ start_date: '2026-03-01', end_date: '2026-03-31' }, 400],
      [{ project_id: projectId, start_date: '2026-03-01', end_date: '2026-03-31', tax_rate: -1 }, 400],
      [{ project_id: 999999, start_date: '2026-03-01', end_date: '2026-03-31' }, 404],
    ];
    for (const [body, status] of cases)
      expect((await manager.post('/api/v1/invoices/from-time-entries', body)).statusCode, JSON.stringify(body)).toBe(status);
    expect(
      (await manager.post('/api/v1/invoices', { currency: 'EUR', lines: [{ description: 'x', quantity: -1, unit_price: 10 }] })).statusCode,
    ).toBe(400);
    // Amounts the books cannot hold: a line by field, a total as a whole; nothing is written.
    const huge = await manager.post('/api/v1/invoices', {
      currency: 'EUR',
      lines: [
        { description: 'ok', quantity: 1, unit_price: 1 },
        { description: 'x', quantity: 1_000_000, unit_price: 1_000_000_000 },
      ],
    });
    expect(huge.statusCode, huge.body).toBe(400);
    expect(huge.json()).toMatchObject({
      code: 'validation_error',
      errors: [{ path: 'body.lines.1', message: 'quantity × unit_price must not exceed 999,999,999,999.99' }],
    });
    const line = { description: 'x', quantity: 900, unit_price: 1_000_000_000 }; // 900,000,000,000.00 each: fits
    const tooMuch = await manager.post('/api/v1/invoices', { currency: 'EUR', lines: [line, line] });
    expect(tooMuch.statusCode, tooMuch.body).toBe(422);
    expect(tooMuch.json().message).toBe('The invoice total would exceed 999,999,999,999.99; split it into several invoices');
    expect((await manager.get('/api/v1/invoices?per_page=100')).json().pagination.total).toBe(before);
  });
});

describeEachDb('project financials and member rates', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']);
  const dev = useUser(t, ['user']);
  const finance = useUser(t, ['user']);

  it('computes consumption at member or project rates, visible from view_financials, rates editable from edit_financials', async () => {
    const p = { id: await createProject(manager, { name: 'Budgeted', hourly_rate: 100, cost_rate: 40, budget_amount: 1000 }) };
    const member = await join(manager, p.id, dev, 'edit_time_and_expenses', { hourly_rate: 150 });
    expect(member.hourly_rate).toBe(150);
    await join(manager, p.id, finance, 'view_financials');
    const insert = (user: Client, day: string, hours: number, billable: boolean) => {
      const start = new Date(`${day}T08:00:00Z`);
      return t.db.db.insert(timeEntries).values({
        userId: user.userId!,
        projectId: p.id,
        startTime: start,
        endTime: new Date(start.getTime() + hours * 3_600_000),
        durationSeconds: hours * 3600,
        billable,
      });
    };
    await insert(dev, '2026-03-02', 2, true); // 2 h × 150 = 300
    await insert(manager, '2026-03-03', 1, true); // 1 h × 100 = 100
    await insert(manager, '2026-04-01', 1, false); // not billable
    await t.db.db
      .insert(expenses)
      .values({ userId: dev.userId!, projectId: p.id, date: '2026-03-04', amount: 50, currency: 'EUR', category: 'travel' });

    const fin = await finance.get(`/api/v1/projects/${p.id}/financials`);
    expect(fin.statusCode).toBe(200);
    expect(fin.json()).toMatchObject({
      budget_amount: 1000,
      consumed: { hours: 4, billable_hours: 3, billable_amount: 400, cost: 160, expenses: 50, invoiced: 0 },
      budget_used_percent: 45,
      by_month: [
        { month: '2026-03', hours: 3, billable_amount: 400, cost: 120 },
        { month: '2026-04', hours: 1, billable_amount: 0, cost: 40 },
      ],
    });
    // One level below view_financials: refused, and the member rate is not shown.
    expect((await dev.get(`/api/v1/projects/${p.id}/financials`)).json().required_project_level).toBe('view_financials');
    expect('hourly_rate' in (await dev.get(`/api/v1/participations/${member.id}`)).json()).toBe(false);
    // view_financials sees rates but cannot set them; edit_financials can.
    expect((await finance.get(`/api/v1/participations/${member.id}`)).json().hourly_rate).toBe(150);
    expect((await finance.put(`/api/v1/participations/${member.id}`, { hourly_rate: 200 })).json().required_project_level).toBe(
      'edit_financials',
    );
    expect((await finance.put(`/api/v1/projects/${p.id}`, { budget_amount: 2000 })).statusCode).toBe(403);
    expect((await manager.put(`/api/v1/participations/${member.id}`, { hourly_rate: 200 })).json().hourly_rate).toBe(200);
  });
});
