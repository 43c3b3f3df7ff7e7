/**
 * The integrity of time entries and expenses (docs/api/time-entries.md "Approved and invoiced
 * entries", docs/api/expenses.md):
 *
 * - M2: a change of duration, times, project, task or billable flag withdraws an approval
 *   (audited); notes-only changes keep it; billed records stay locked; a move needs write rights
 *   on both projects;
 * - L1: a record written for someone else names a member of the project who may record there
 *   themselves; every refusal is the same 422, whoever the id names (or nobody);
 * - L4: every create, change, move and delete of entries, timer runs and expenses is audited.
 */
import type { ProjectLevel } from '@timekeeper/shared';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { expenses, timeEntries } from '../src/db/schema/index.js';
import { describeEachDb } from './helpers/app.js';
import { type Client, userWith } from './helpers/client.js';
import {
  addMember,
  approve,
  createProject,
  join as joinProject,
  logTime,
  type ParticipationFlags,
  requestApproval,
  uniqueName,
  useTestApp,
  useUser,
} from './helpers/fixtures.js';
interface AuditRow {
  action: string;
  actor_user_id: number | null;
  target_type: string;
  target_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describeEachDb('entry integrity', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']); // creates the projects (their admin) and approves
  const admin = useUser(t, ['super_admin']); // reads the audit log, deactivates users (a super admin: one must remain)
  let day = 0;

  const project = (name = 'P') => createProject(manager, { name: uniqueName(name), hourly_rate: 100, billable: true });
  const join = (projectId: number, user: Client, level: ProjectLevel, permissions?: ParticipationFlags) =>
    joinProject(manager, projectId, user, level, permissions ? { permissions } : {});
  const member = (projectId: number, level: ProjectLevel, roles = ['user']) => addMember(manager, projectId, level, undefined, roles);

  /** A one-hour entry on a fresh day (so invoices of one day bill only it). */
  async function hourOn(client: Client, projectId: number, extra: Record<string, unknown> = {}) {
    day++;
    const start = new Date(Date.UTC(2026, 4, 1, 9) + day * 86_400_000);
    return logTime(client, projectId, { start_time: start.toISOString(), duration_seconds: 3600, ...extra });
  }

  /** Submitted by its owner, approved by the manager; returns the approval id. */
  async function approved(owner: Client, entryId: number): Promise<number> {
    const id = await requestApproval(owner, entryId, {});
    await approve(manager, id);
    return id;
  }

  /** A project and an owner who may record on it and on a second project. */
  async function ownerOnTwoProjects() {
    const p = await project();
    const q = await project('other');
    const owner = await member(p, 'edit_time_and_expenses');
    await join(q, owner, 'edit_time_and_expenses');
    return { p, q, owner };
  }

  async function approvalStatus(approvalId: number, entryId: number): Promise<string> {
    const list = (await manager.get(`/api/v1/time-entry-approvals?per_page=100`)).json().time_entry_approvals as {
      id: number;
      status: string;
    }[];
    const found = list.find((a) => a.id === approvalId);
    if (!found) throw new Error(`approval ${approvalId} of entry ${entryId} not listed`);
    return found.status;
  }

  async function audit(query: string): Promise<AuditRow[]> {
    const res = await admin.get(`/api/v1/audit-logs?per_page=100&${query}`);
    if (res.statusCode !== 200) throw new Error(`audit: ${res.statusCode} ${res.body}`);
    return res.json().audit_logs;
  }

  /** The audit trail of a record `actor` created, changed twice and deleted: [action, actor]. */
  const createdChangedTwiceDeleted = (type: string, actor: Client) =>
    ['create', 'update', 'update', 'delete'].map((step) => [`${type}.${step}`, actor.userId]);

  const entryRow = async (id: number) => (await t.db.db.select().from(timeEntries).where(eq(timeEntries.id, id)))[0];

  // ---------------------------------------------------------------------------------------------
  // M2: an approval never survives a change of what was approved

  it('M2 an owner with edit_financials who changes the duration of their approved entry withdraws the approval, audited', async () => {
    const p = await project();
    const owner = await member(p, 'edit_financials');
    const entry = await hourOn(owner, p);
    const approvalId = await approved(owner, entry.id);
    expect((await owner.get(`/api/v1/time-entries/${entry.id}`)).json().approval_status).toBe('approved');

    const changed = await owner.put(`/api/v1/time-entries/${entry.id}`, { duration_seconds: 36_000 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ duration_seconds: 36_000, approval_status: null });
    expect((await owner.get(`/api/v1/time-entries/${entry.id}`)).json().approval_status).toBe(null);
    expect(await approvalStatus(approvalId, entry.id)).toBe('cancelled');
    const mine = (await owner.get('/api/v1/time-entry-approvals?queue=mine&per_page=100'))
      .json()
      .time_entry_approvals.find((a: { id: number }) => a.id === approvalId);
    expect(mine).toMatchObject({
      status: 'cancelled',
      decided_by: owner.userId,
      reason: expect.stringMatching(/^Withdrawn because the entry's end time and duration changed/),
    });

    const [withdrawn, ...more] = await audit(`action=approval.withdraw&target_id=${entry.id}`);
    expect(more).toEqual([]);
    expect(withdrawn).toMatchObject({
      actor_user_id: owner.userId,
      target_type: 'time_entry',
      before: { status: 'approved', approval_id: approvalId, duration_seconds: 3600 },
      after: { status: 'cancelled', approval_id: approvalId, duration_seconds: 36_000 },
    });
    // The owner changed it: it must be submitted again, and can be.
    expect((await owner.post(`/api/v1/time-entries/${entry.id}/request-approval`, {})).statusCode).toBe(201);
    expect((await owner.get(`/api/v1/time-entries/${entry.id}`)).json().approval_status).toBe('pending');
  });

  it('M2 moving an approved entry withdraws the approval and needs write rights on both projects', async () => {
    const p = await project();
    const owner = await member(p, 'edit_financials');
    const invisible = await project('invisible');
    const readOnly = await project('read-only');
    await join(readOnly, owner, 'view_time_and_expenses');
    const archived = await project('archived');
    await join(archived, owner, 'edit_time_and_expenses');
    expect((await manager.delete(`/api/v1/projects/${archived}`)).statusCode).toBeLessThan(300);
    const target = await project('target');
    await join(target, owner, 'edit_time_and_expenses');

    const entry = await hourOn(owner, p);
    const approvalId = await approved(owner, entry.id);
    const before = await entryRow(entry.id);
    for (const [to, status] of [
      [invisible, 404],
      [readOnly, 403],
      [archived, 409],
    ] as const) {
      const refused = await owner.put(`/api/v1/time-entries/${entry.id}`, { project_id: to });
      expect(refused.statusCode, `move to ${to}: ${refused.body}`).toBe(status);
      expect(await entryRow(entry.id)).toEqual(before);
      expect(await approvalStatus(approvalId, entry.id)).toBe('approved');
    }

    const moved = await owner.put(`/api/v1/time-entries/${entry.id}`, { project_id: target });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ project_id: target, approval_status: null });
    expect(await approvalStatus(approvalId, entry.id)).toBe('cancelled');
    const [withdrawn] = await audit(`action=approval.withdraw&target_id=${entry.id}`);
    expect(withdrawn).toMatchObject({ before: { status: 'approved', project_id: p }, after: { status: 'cancelled', project_id: target } });

    // A pending entry stays locked where it goes: moving it needs edit_financials on the target too.
    const waiting = await hourOn(owner, p);
    expect((await owner.post(`/api/v1/time-entries/${waiting.id}/request-approval`, {})).statusCode).toBe(201);
    const pendingMove = await owner.put(`/api/v1/time-entries/${waiting.id}`, { project_id: target });
    expect(pendingMove.statusCode, pendingMove.body).toBe(409);
    expect(pendingMove.json()).toMatchObject({ approval_status: 'pending' });
    expect((await entryRow(waiting.id))!.projectId).toBe(p);

    // Someone without edit_financials on the source cannot move an approved entry at all.
    const plain = await member(p, 'edit_time_and_expenses');
    await join(target, plain, 'edit_time_and_expenses');
    const theirs = await hourOn(plain, p);
    const theirApproval = await approved(plain, theirs.id);
    const locked = await plain.put(`/api/v1/time-entries/${theirs.id}`, { project_id: target });
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({ approval_id: theirApproval, approval_status: 'approved' });
    expect((await entryRow(theirs.id))!.projectId).toBe(p);
  });

  it('M2 a notes-only change (or a field set to its current value) keeps the approval', async () => {
    const p = await project();
    const owner = await member(p, 'edit_financials');
    const entry = await hourOn(owner, p);
    const approvalId = await approved(owner, entry.id);
    const res = await owner.put(`/api/v1/time-entries/${entry.id}`, {
      notes: 'clarified',
      duration_seconds: 3600,
      project_id: p,
      billable: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ notes: 'clarified', approval_status: 'approved' });
    expect(await approvalStatus(approvalId, entry.id)).toBe('approved');
    expect(await audit(`action=approval.withdraw&target_id=${entry.id}`)).toEqual([]);
  });

  it('M2 a manager correcting someone else’s approved entry withdraws its approval; the owner submits again; billed entries stay locked', async () => {
    const p = await project();
    const owner = await member(p, 'edit_time_and_expenses');
    const entry = await hourOn(owner, p);
    const approvalId = await approved(owner, entry.id);
    // The owner without edit_financials cannot change it.
    expect((await owner.put(`/api/v1/time-entries/${entry.id}`, { billable: false })).statusCode).toBe(409);

    const corrected = await manager.put(`/api/v1/time-entries/${entry.id}`, { billable: false });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ billable: false, approval_status: null });
    expect(await approvalStatus(approvalId, entry.id)).toBe('cancelled');
    const [withdrawn] = await audit(`action=approval.withdraw&target_id=${entry.id}`);
    expect(withdrawn).toMatchObject({ actor_user_id: manager.userId, before: { billable: true }, after: { billable: false } });
    // Unlocked again: the owner may change it, then submits it again.
    expect((await owner.put(`/api/v1/time-entries/${entry.id}`, { billable: true })).statusCode).toBe(200);
    await approved(owner, entry.id);

    // Billed: nobody changes it, not even with edit_financials.
    const date = entry.start_time.slice(0, 10);
    const invoice = await manager.post('/api/v1/invoices/from-time-entries', { project_id: p, start_date: date, end_date: date });
    expect(invoice.statusCode, invoice.body).toBe(201);
    const before = await entryRow(entry.id);
    for (const change of [{ duration_seconds: 7200 }, { notes: 'x' }, { project_id: await project('elsewhere') }]) {
      const res = await manager.put(`/api/v1/time-entries/${entry.id}`, change);
      expect(res.statusCode, JSON.stringify(change)).toBe(409);
      expect(res.json()).toMatchObject({ invoice_id: invoice.json().id });
    }
    expect(await entryRow(entry.id)).toEqual(before);
    expect((await owner.get(`/api/v1/time-entries/${entry.id}`)).json().approval_status).toBe('approved');
  });

  it('M2 expenses: billed ones cannot change, move or go; a move needs write rights on both projects', async () => {
    const p = await project();
    const owner = await member(p, 'edit_time_and_expenses');
    const readOnly = await project('read-only');
    await join(readOnly, owner, 'view_time_and_expenses');
    const invisible = await project('invisible');
    const target = await project('target');
    await join(target, owner, 'edit_time_and_expenses');

    const expense = (
      await owner.post('/api/v1/expenses', { project_id: p, date: '2026-07-01', amount: 20, category: 'Taxi', billable: true })
    ).json();
    const row = async () => (await t.db.db.select().from(expenses).where(eq(expenses.id, expense.id)))[0];
    const before = await row();
    expect((await owner.put(`/api/v1/expenses/${expense.id}`, { project_id: invisible })).statusCode).toBe(404);
    expect((await owner.put(`/api/v1/expenses/${expense.id}`, { project_id: readOnly })).statusCode).toBe(403);
    expect(await row()).toEqual(before);

    const invoice = await manager.post('/api/v1/invoices/from-time-entries', {
      project_id: p,
      start_date: '2026-07-01',
      end_date: '2026-07-01',
    });
    expect(invoice.statusCode, invoice.body).toBe(201);
    for (const change of [
      { amount: 2000 },
      { currency: 'USD' },
      { date: '2026-07-02' },
      { project_id: target },
      { billable: false },
      { category: 'Other' },
    ]) {
      const res = await owner.put(`/api/v1/expenses/${expense.id}`, change);
      expect(res.statusCode, JSON.stringify(change)).toBe(409);
      expect((await manager.put(`/api/v1/expenses/${expense.id}`, change)).statusCode).toBe(409);
    }
    expect((await manager.delete(`/api/v1/expenses/${expense.id}`)).statusCode).toBe(409);
    expect(await row()).toEqual(before);
  });

  // ---------------------------------------------------------------------------------------------
  // L1: records written for someone else

  it('L1 time recorded for someone who may not log on the project is one 422 that says nothing about who exists', async () => {
    const p = await project();
    const outsider = await userWith(t.app, ['user']); // exists, not a member
    const watcher = await member(p, 'view_time_and_expenses'); // member without log rights
    const viewerRole = await member(p, 'edit_time_and_expenses', ['viewer']); // level, but no create_time_entries
    const leaver = await member(p, 'edit_time_and_expenses');
    expect((await admin.patch(`/api/v1/users/${leaver.userId}`, { is_active: false })).statusCode).toBe(200);
    const count = async () => (await t.db.db.select().from(timeEntries).where(eq(timeEntries.projectId, p))).length;

    const bodies: unknown[] = [];
    for (const userId of [outsider.userId, watcher.userId, viewerRole.userId, leaver.userId, 987_654]) {
      const res = await manager.post('/api/v1/time-entries', {
        project_id: p,
        start_time: '2026-06-01T09:00:00Z',
        duration_seconds: 600,
        user_id: userId,
      });
      expect(res.statusCode, res.body).toBe(422);
      const { request_id: _ignored, ...body } = res.json();
      expect(body.errors).toEqual([{ path: 'body.user_id', message: expect.any(String) }]);
      expect(JSON.stringify(body)).not.toMatch(new RegExp(`\\b${userId}\\b`));
      bodies.push(body);
    }
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(await count()).toBe(0);

    const logger = await member(p, 'edit_time_and_expenses');
    const flagged = await userWith(t.app, ['user']);
    await join(p, flagged, 'view_time_and_expenses', { can_edit_time: true });
    for (const userId of [logger.userId, flagged.userId]) {
      const res = await manager.post('/api/v1/time-entries', {
        project_id: p,
        start_time: '2026-06-01T09:00:00Z',
        duration_seconds: 600,
        user_id: userId,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().user_id).toBe(userId);
    }
    expect(await count()).toBe(2);
  });

  it('L1 expenses recorded for someone who may not record them on the project are the same 422', async () => {
    const p = await project();
    const outsider = await userWith(t.app, ['user']);
    const timeOnly = await userWith(t.app, ['user']); // may log time there, not expenses
    await join(p, timeOnly, 'view_time_and_expenses', { can_edit_time: true });
    const leaver = await member(p, 'edit_time_and_expenses');
    expect((await admin.patch(`/api/v1/users/${leaver.userId}`, { is_active: false })).statusCode).toBe(200);
    const bodies = new Set<string>();
    for (const userId of [outsider.userId, timeOnly.userId, leaver.userId, 987_655]) {
      const res = await manager.post('/api/v1/expenses', {
        project_id: p,
        date: '2026-06-02',
        amount: 5,
        category: 'Taxi',
        user_id: userId,
      });
      expect(res.statusCode, res.body).toBe(422);
      const { request_id: _ignored, ...body } = res.json();
      expect(body.errors).toEqual([{ path: 'body.user_id', message: expect.any(String) }]);
      bodies.add(JSON.stringify(body));
    }
    expect(bodies.size).toBe(1);
    expect((await t.db.db.select().from(expenses).where(eq(expenses.projectId, p))).length).toBe(0);

    const flagged = await userWith(t.app, ['user']);
    await join(p, flagged, 'view_time_and_expenses', { can_edit_expense: true });
    const ok = await manager.post('/api/v1/expenses', {
      project_id: p,
      date: '2026-06-02',
      amount: 5,
      category: 'Taxi',
      user_id: flagged.userId,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    // Moving someone's expense to a project where they may not record expenses is refused the same way.
    const elsewhere = await project('elsewhere');
    const moved = await manager.put(`/api/v1/expenses/${ok.json().id}`, { project_id: elsewhere });
    expect(moved.statusCode, moved.body).toBe(422);
    expect((await manager.get(`/api/v1/expenses/${ok.json().id}`)).json().project_id).toBe(p);
  });

  // ---------------------------------------------------------------------------------------------
  // L4: the audit trail of entries, timer runs and expenses

  it('L4 creating, changing, moving and deleting time entries, own and others’, and timer runs are audited', async () => {
    const { p, q, owner } = await ownerOnTwoProjects();
    const actions = async (id: number) => (await audit(`target_type=time_entry&target_id=${id}`)).reverse();

    const own = await hourOn(owner, p, { notes: 'first' });
    await owner.put(`/api/v1/time-entries/${own.id}`, { notes: 'second', duration_seconds: 1800 });
    await owner.put(`/api/v1/time-entries/${own.id}`, { project_id: q });
    await owner.delete(`/api/v1/time-entries/${own.id}`);
    const ownRows = await actions(own.id);
    expect(ownRows.map((r) => [r.action, r.actor_user_id])).toEqual(createdChangedTwiceDeleted('time_entry', owner));
    expect(ownRows[0]!.after).toMatchObject({ user_id: owner.userId, project_id: p, duration_seconds: 3600, notes: 'first' });
    expect(ownRows[1]).toMatchObject({
      before: { notes: 'first', duration_seconds: 3600 },
      after: { notes: 'second', duration_seconds: 1800 },
    });
    expect(ownRows[2]).toMatchObject({ before: { project_id: p }, after: { project_id: q } });
    expect(ownRows[3]!.before).toMatchObject({ user_id: owner.userId, project_id: q, duration_seconds: 1800 });

    const theirs = await hourOn(manager, p, { user_id: owner.userId });
    await manager.put(`/api/v1/time-entries/${theirs.id}`, { billable: false });
    await manager.delete(`/api/v1/time-entries/${theirs.id}`);
    expect((await actions(theirs.id)).map((r) => [r.action, r.actor_user_id, r.target_type])).toEqual([
      ['time_entry.create', manager.userId, 'time_entry'],
      ['time_entry.update', manager.userId, 'time_entry'],
      ['time_entry.delete', manager.userId, 'time_entry'],
    ]);

    const started = await owner.post('/api/v1/timer/start', { project_id: p, notes: 'focus' });
    expect(started.statusCode, started.body).toBe(201);
    const stopped = await owner.post('/api/v1/timer/stop', { notes: 'done' });
    expect(stopped.statusCode, stopped.body).toBe(200);
    const timerRows = await actions(started.json().id);
    expect(timerRows.map((r) => r.action)).toEqual(['timer.start', 'timer.stop']);
    expect(timerRows[0]!.after).toMatchObject({ project_id: p, end_time: null, notes: 'focus' });
    expect(timerRows[1]).toMatchObject({
      before: { end_time: null, notes: 'focus' },
      after: { duration_seconds: expect.any(Number), notes: 'done' },
    });
  });

  it('L4 creating, changing, moving and deleting expenses, own and others’, is audited', async () => {
    const { p, q, owner } = await ownerOnTwoProjects();
    const actions = async (id: number) => (await audit(`target_type=expense&target_id=${id}`)).reverse();

    const own = (await owner.post('/api/v1/expenses', { project_id: p, date: '2026-06-03', amount: 12.5, category: 'Meals' })).json();
    expect((await owner.put(`/api/v1/expenses/${own.id}`, { amount: 13 })).statusCode).toBe(200);
    expect((await owner.put(`/api/v1/expenses/${own.id}`, { project_id: q })).statusCode).toBe(200);
    expect((await owner.delete(`/api/v1/expenses/${own.id}`)).statusCode).toBe(204);
    const rows = await actions(own.id);
    expect(rows.map((r) => [r.action, r.actor_user_id])).toEqual(createdChangedTwiceDeleted('expense', owner));
    expect(rows[0]!.after).toMatchObject({ user_id: owner.userId, project_id: p, amount: 12.5, category: 'Meals' });
    expect(rows[1]).toMatchObject({ before: { amount: 12.5 }, after: { amount: 13 } });
    expect(rows[2]).toMatchObject({ before: { project_id: p }, after: { project_id: q } });
    expect(rows[3]!.before).toMatchObject({ project_id: q, amount: 13 });

    const theirs = (
      await manager.post('/api/v1/expenses', { project_id: p, date: '2026-06-03', amount: 4, category: 'Taxi', user_id: owner.userId })
    ).json();
    expect((await manager.put(`/api/v1/expenses/${theirs.id}`, { billable: false })).statusCode).toBe(200);
    expect((await manager.delete(`/api/v1/expenses/${theirs.id}`)).statusCode).toBe(204);
    expect((await actions(theirs.id)).map((r) => [r.action, r.actor_user_id])).toEqual([
      ['expense.create', manager.userId],
      ['expense.update', manager.userId],
      ['expense.delete', manager.userId],
    ]);
  });
});
