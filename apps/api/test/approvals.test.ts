/**
 * Time-entry approvals: who may decide (project level or permission), self-approval, reasons,
 * cancellation, all-or-nothing bulk approval, races and the audit trail.
 */
import { beforeAll, expect, it } from 'vitest';
import { timeEntries } from '../src/db/schema/index.js';
import { createTestApp, describeEachDb } from './helpers/app.js';
import { type Client, userWith } from './helpers/client.js';
import { createProject, join, requestApproval, tokenClient, useTestApp, useUser } from './helpers/fixtures.js';

describeEachDb('time-entry approvals', (kind) => {
  const t = useTestApp(kind);
  let owner: Client; // project admin (a user-role person)
  const member = useUser(t, ['user']);
  let projectId: number;
  let day = 0;

  /** A finished one-hour entry of `user` on the project, on a fresh day. */
  async function entry(user: Client): Promise<number> {
    day++;
    const start = new Date(Date.UTC(2026, 0, 1, 9) + day * 86_400_000);
    const [row] = await t.db.db
      .insert(timeEntries)
      .values({
        userId: user.userId!,
        projectId,
        startTime: start,
        endTime: new Date(start.getTime() + 3_600_000),
        durationSeconds: 3600,
        billable: true,
      })
      .returning({ id: timeEntries.id });
    return row!.id;
  }

  const submit = (user: Client, entryId: number) => requestApproval(user, entryId, { comment: 'week 1' });

  beforeAll(async () => {
    const manager = await userWith(t.app, ['manager']);
    owner = manager;
    projectId = await createProject(manager, { name: 'Approvals', hourly_rate: 100 });
    await join(manager, projectId, member, 'edit_time_and_expenses');
  });

  it('a member submits, a project admin approves, with an audit trail', async () => {
    const e = await entry(member);
    const id = await submit(member, e);
    const queue = (await owner.get('/api/v1/time-entry-approvals?queue=to_approve')).json().time_entry_approvals;
    expect(queue.map((a: { id: number }) => a.id)).toContain(id);
    expect((await member.get('/api/v1/time-entry-approvals?queue=mine')).json().time_entry_approvals[0]).toMatchObject({
      id,
      status: 'pending',
      time_entry: { id: e, project: { id: projectId } },
    });
    const res = await owner.post(`/api/v1/time-entry-approvals/${id}/approve`, { comment: 'ok' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved', decided_by: owner.userId, comment: 'ok' });
    expect((await owner.post(`/api/v1/time-entry-approvals/${id}/approve`)).statusCode).toBe(409);
    expect((await member.post(`/api/v1/time-entries/${e}/request-approval`)).statusCode).toBe(409);
    const audit = (await (await userWith(t.app, ['admin'])).get(`/api/v1/audit-logs?action=approval.*&target_id=${e}`)).json().audit_logs;
    expect(audit.map((a: { action: string }) => a.action).sort()).toEqual(['approval.approve', 'approval.request']);
  });

  it('time entries carry their approval status and invoice: pending, rejected, resubmitted, approved, billed', async () => {
    const e = await entry(member);
    const state = async () => {
      const one = (await member.get(`/api/v1/time-entries/${e}`)).json();
      const listed = (await member.get('/api/v1/time-entries?per_page=100')).json().time_entries.find((x: { id: number }) => x.id === e);
      expect(listed).toMatchObject({ approval_status: one.approval_status, invoice_id: one.invoice_id });
      return { approval_status: one.approval_status, invoice_id: one.invoice_id };
    };
    expect(await state()).toEqual({ approval_status: null, invoice_id: null });
    const first = await submit(member, e);
    expect(await state()).toEqual({ approval_status: 'pending', invoice_id: null });
    await owner.post(`/api/v1/time-entry-approvals/${first}/reject`, { reason: 'Add notes' });
    expect(await state()).toEqual({ approval_status: 'rejected', invoice_id: null });
    // A cancelled request does not count; the newest live one does.
    const second = await submit(member, e);
    await member.post(`/api/v1/time-entry-approvals/${second}/cancel`);
    expect(await state()).toEqual({ approval_status: 'rejected', invoice_id: null });
    const third = await submit(member, e);
    await owner.post(`/api/v1/time-entry-approvals/${third}/approve`);
    expect(await state()).toEqual({ approval_status: 'approved', invoice_id: null });
    const start = (await member.get(`/api/v1/time-entries/${e}`)).json().start_time.slice(0, 10);
    const invoice = await owner.post('/api/v1/invoices/from-time-entries', { project_id: projectId, start_date: start, end_date: start });
    expect(invoice.statusCode, invoice.body).toBe(201);
    expect(await state()).toEqual({ approval_status: 'approved', invoice_id: invoice.json().id });
  });

  it('one level below edit_financials cannot approve; edit_financials can; a non-member sees nothing', async () => {
    const viewFin = await userWith(t.app, ['user']);
    const editFin = await userWith(t.app, ['user']);
    await join(owner, projectId, viewFin, 'view_financials');
    await join(owner, projectId, editFin, 'edit_financials');
    const id = await submit(member, await entry(member));
    // view_financials sees team time but is not an approver: the request is not even visible to them.
    expect((await viewFin.post(`/api/v1/time-entry-approvals/${id}/approve`)).statusCode).toBe(404);
    expect((await viewFin.get('/api/v1/time-entry-approvals?queue=to_approve')).json().time_entry_approvals).toEqual([]);
    const outsider = await userWith(t.app, ['user']);
    expect((await outsider.post(`/api/v1/time-entry-approvals/${id}/approve`)).statusCode).toBe(404);
    expect((await editFin.post(`/api/v1/time-entry-approvals/${id}/approve`)).statusCode).toBe(200);
  });

  it('approve_time_entries lets a manager approve on projects they only see', async () => {
    const otherManager = await userWith(t.app, ['manager']);
    const id = await submit(member, await entry(member));
    expect((await otherManager.post(`/api/v1/time-entry-approvals/${id}/approve`)).statusCode).toBe(200);
  });

  it('nobody approves their own entry unless the setting allows it', async () => {
    const id = await submit(owner, await entry(owner));
    const res = await owner.post(`/api/v1/time-entry-approvals/${id}/approve`);
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/your own/);
    expect(
      (await owner.get('/api/v1/time-entry-approvals?queue=to_approve')).json().time_entry_approvals.map((a: { id: number }) => a.id),
    ).not.toContain(id);
    const admin = await userWith(t.app, ['admin']);
    await admin.patch('/api/v1/settings', { allow_self_approval: true });
    expect((await owner.post(`/api/v1/time-entry-approvals/${id}/approve`)).statusCode).toBe(200);
    await admin.patch('/api/v1/settings', { allow_self_approval: false });
  });

  it('rejection needs a reason; only the requester cancels, and only while pending', async () => {
    const a = await submit(member, await entry(member));
    expect((await owner.post(`/api/v1/time-entry-approvals/${a}/reject`, {})).statusCode).toBe(400);
    expect((await owner.post(`/api/v1/time-entry-approvals/${a}/reject`, { reason: '   ' })).statusCode).toBe(400);
    const rejected = await owner.post(`/api/v1/time-entry-approvals/${a}/reject`, { reason: 'Wrong project' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', reason: 'Wrong project' });
    const e = await entry(member);
    const b = await submit(member, e);
    expect((await owner.post(`/api/v1/time-entry-approvals/${b}/cancel`)).statusCode).toBe(403);
    expect((await member.post(`/api/v1/time-entry-approvals/${b}/cancel`)).json().status).toBe('cancelled');
    expect((await member.post(`/api/v1/time-entry-approvals/${b}/cancel`)).statusCode).toBe(409);
    // After a cancellation the entry can be submitted again.
    expect((await member.post(`/api/v1/time-entries/${e}/request-approval`)).statusCode).toBe(201);
  });

  it('submitted and approved entries are locked except for the edit_financials level', async () => {
    const e = await entry(member);
    const id = await submit(member, e);
    const pending = await member.put(`/api/v1/time-entries/${e}`, { notes: 'changed' });
    expect(pending.statusCode).toBe(409);
    expect(pending.json().message).toMatch(/awaits approval/);
    await owner.post(`/api/v1/time-entry-approvals/${id}/approve`);
    expect((await member.put(`/api/v1/time-entries/${e}`, { notes: 'changed' })).json().message).toMatch(/approved and locked/);
    expect((await member.delete(`/api/v1/time-entries/${e}`)).statusCode).toBe(409);
    // The project admin (≥ edit_financials) may still correct it.
    expect((await owner.put(`/api/v1/time-entries/${e}`, { notes: 'corrected' })).statusCode).toBe(200);
  });

  it('only your own finished entries can be submitted', async () => {
    const other = await entry(owner);
    expect((await member.post(`/api/v1/time-entries/${other}/request-approval`)).statusCode).toBe(404);
    expect((await member.post('/api/v1/time-entries/999999/request-approval')).statusCode).toBe(404);
  });

  it('bulk approval is all or nothing and reports every item', async () => {
    const ok1 = await submit(member, await entry(member));
    const ok2 = await submit(member, await entry(member));
    const own = await submit(owner, await entry(owner)); // self-approval: refused
    const failed = await owner.post('/api/v1/time-entry-approvals/bulk-approve', { ids: [ok1, ok2, own, 999999] });
    expect(failed.statusCode).toBe(409);
    const results = failed.json().results as { id: number; status: string; code?: string }[];
    expect(results.find((r) => r.id === ok1)).toMatchObject({ status: 'would_approve' });
    expect(results.find((r) => r.id === own)).toMatchObject({ status: 'failed', code: 'forbidden' });
    expect(results.find((r) => r.id === 999999)).toMatchObject({ status: 'failed', code: 'not_found' });
    // Nothing was applied.
    const mine = (await member.get('/api/v1/time-entry-approvals?queue=mine&status=pending'))
      .json()
      .time_entry_approvals.map((a: { id: number }) => a.id);
    expect(mine).toEqual(expect.arrayContaining([ok1, ok2]));
    const good = await owner.post('/api/v1/time-entry-approvals/bulk-approve', { ids: [ok1, ok2] });
    expect(good.statusCode).toBe(200);
    expect(good.json()).toEqual({
      approved: 2,
      results: [
        { id: ok1, status: 'approved' },
        { id: ok2, status: 'approved' },
      ],
    });
  });

  it('two approvers racing: one decision wins', async () => {
    const other = await userWith(t.app, ['manager']);
    const id = await submit(member, await entry(member));
    const results = await Promise.all([
      owner.post(`/api/v1/time-entry-approvals/${id}/approve`),
      other.post(`/api/v1/time-entry-approvals/${id}/reject`, { reason: 'no' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('a viewer cannot submit; tokens need the time_approvals scopes', async () => {
    const viewer = await userWith(t.app, ['viewer']);
    expect((await viewer.post('/api/v1/time-entries/1/request-approval')).json().required_permission).toBe('create_time_entries');
    const api = await tokenClient(member, ['read:time_entries', 'write:time_entries'], { name: 't', expires_in_days: 1 });
    expect((await api.get('/api/v1/time-entry-approvals')).json().required_scope).toBe('read:time_approvals');
  });
});

describeEachDb('writes without a body', (kind) => {
  it('treat a missing optional body as {} and report missing required fields', async () => {
    const t = await createTestApp(kind);
    try {
      const user = await userWith(t.app, ['user']);
      // `request` without a payload sends no body at all.
      const res = await user.request('POST', '/api/v1/auth/logout-everywhere');
      expect(res.statusCode).toBe(200);
      const again = await userWith(t.app, ['manager']);
      const missing = await again.request('POST', '/api/v1/projects');
      expect(missing.statusCode).toBe(400);
      expect(missing.json().errors).toContainEqual({ path: 'body.name', message: 'is required' });
    } finally {
      await t.close();
    }
  });
});
