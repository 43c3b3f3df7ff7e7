/**
 * Tasks (docs/api/tasks.md, docs/development/authorization.md#the-project-layer): the project
 * layer on top of the task permissions — visibility per participation, each level boundary, BOLA
 * by id, own-vs-all edit/delete, the assign_tasks rule, archived projects, and bad input answered
 * with 400 — on PGlite and PostgreSQL.
 */
import { eq } from 'drizzle-orm';
import type { ProjectLevel } from '@timekeeper/shared';
import { beforeAll, expect, it } from 'vitest';
import { timeEntries } from '../src/db/schema/index.js';
import { describeEachDb } from './helpers/app.js';
import { type Client, customRole, userWith } from './helpers/client.js';
import {
  type CreatedTask,
  createProject,
  createTask,
  expectBadQueries,
  expectInvalid,
  join as joinProject,
  tokenClient,
  uniqueName as name,
  useTestApp,
  useUser,
} from './helpers/fixtures.js';

type Task = CreatedTask;

describeEachDb('tasks', (kind) => {
  const t = useTestApp(kind);
  const admin = useUser(t, ['admin']);
  const manager = useUser(t, ['manager'], 'Manager Mia'); // creates the projects, so is their admin participant
  const otherManager = useUser(t, ['manager']); // no participation: sees every project through view_all_projects, edits no tasks there
  const editor = useUser(t, ['user'], 'Editor Ed'); // user role, edit_tasks on P
  const reader = useUser(t, ['user']); // user role, view_tasks on P
  const outsider = useUser(t, ['user']); // user role, member of Q only
  const viewerMember = useUser(t, ['viewer']); // viewer role, edit_tasks on P (but no create_tasks)
  let P: number;
  let Q: number;

  const project = (as: Client, label: string) => createProject(as, { name: name(label) });
  const join = async (projectId: number, member: Client, level: ProjectLevel): Promise<number> =>
    (await joinProject(manager, projectId, member, level)).id;
  const task = (as: Client, body: Record<string, unknown> = {}) => createTask(as, P, body);
  const listIds = async (as: Client, qs = '') => (await as.get(`/api/v1/tasks?per_page=100${qs}`)).json().tasks.map((x: Task) => x.id);

  beforeAll(async () => {
    P = await project(manager, 'P');
    Q = await project(manager, 'Q');
    await join(P, editor, 'edit_tasks');
    await join(P, reader, 'view_tasks');
    await join(P, viewerMember, 'edit_tasks');
    await join(Q, outsider, 'edit_tasks');
  });

  it('creates, reads, lists, updates and deletes a task (project admin)', async () => {
    const created = await task(manager, {
      name: '  Write spec  ',
      description: 'draft',
      assignee_id: editor.userId,
      due_date: '2026-03-31',
    });
    expect(created).toMatchObject({
      project_id: P,
      name: 'Write spec',
      description: 'draft',
      status: 'todo',
      assignee_id: editor.userId,
      assignee: { id: editor.userId, name: 'Editor Ed' },
      due_date: '2026-03-31',
      created_by: manager.userId,
    });
    expect((await manager.get(`/api/v1/tasks/${created.id}`)).json()).toEqual(created);
    expect(await listIds(manager, `&project_id=${P}`)).toContain(created.id);

    const updated = await manager.put(`/api/v1/tasks/${created.id}`, { status: 'in_progress', assignee_id: null, due_date: null });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ status: 'in_progress', assignee_id: null, assignee: null, due_date: null, name: 'Write spec' });

    expect((await manager.delete(`/api/v1/tasks/${created.id}`)).statusCode).toBe(204);
    expect((await manager.get(`/api/v1/tasks/${created.id}`)).statusCode).toBe(404);
  });

  it('filters by status and assignee, and paginates', async () => {
    const projectId = await project(manager, 'Filters');
    const a = await task(manager, { project_id: projectId, status: 'done' });
    const b = await task(manager, { project_id: projectId, assignee_id: manager.userId });
    const c = await task(manager, { project_id: projectId });
    expect(await listIds(manager, `&project_id=${projectId}&status=done`)).toEqual([a.id]);
    expect(await listIds(manager, `&project_id=${projectId}&assignee_id=${manager.userId}`)).toEqual([b.id]);
    const page = (await manager.get(`/api/v1/tasks?project_id=${projectId}&per_page=2&page=2`)).json();
    expect(page.pagination).toEqual({ page: 2, per_page: 2, total: 3, pages: 2 });
    expect(page.tasks.map((x: Task) => x.id)).toEqual([c.id]);
  });

  it('a view_tasks member sees the tasks but cannot create or edit them (403 naming edit_tasks)', async () => {
    const existing = await task(manager);
    expect((await reader.get(`/api/v1/tasks/${existing.id}`)).statusCode).toBe(200);
    expect(await listIds(reader)).toContain(existing.id);
    const create = await reader.post('/api/v1/tasks', { project_id: P, name: 'Nope' });
    expect(create.statusCode).toBe(403);
    expect(create.json()).toMatchObject({ code: 'forbidden', required_project_level: 'edit_tasks', project_id: P });
    const own = await reader.post('/api/v1/tasks', { project_id: P, name: 'Nope', assignee_id: reader.userId });
    expect(own.json()).toMatchObject({ required_project_level: 'edit_tasks' });
    const edit = await reader.put(`/api/v1/tasks/${existing.id}`, { name: 'Nope' });
    expect(edit.statusCode).toBe(403);
    expect(edit.json()).toMatchObject({ required_project_level: 'edit_tasks' });
    expect((await reader.delete(`/api/v1/tasks/${existing.id}`)).json()).toMatchObject({ required_project_level: 'edit_tasks' });
    expect((await manager.get(`/api/v1/tasks/${existing.id}`)).json().name).toBe(existing.name);
  });

  it('an edit_tasks member (user role) creates, edits and deletes their own tasks', async () => {
    const mine = await task(editor, { assignee_id: editor.userId });
    expect(mine).toMatchObject({ created_by: editor.userId, assignee_id: editor.userId });
    expect((await editor.put(`/api/v1/tasks/${mine.id}`, { status: 'done' })).json().status).toBe('done');
    expect((await editor.delete(`/api/v1/tasks/${mine.id}`)).statusCode).toBe(204);
  });

  it("view_all_tasks without participation shows every project's tasks but does not allow creating or editing them", async () => {
    await customRole(t.app, 'task_overseer', ['view_all_tasks', 'create_tasks', 'edit_all_tasks']);
    const overseer = await userWith(t.app, ['task_overseer']);
    const existing = await task(manager);
    expect((await overseer.get(`/api/v1/tasks/${existing.id}`)).statusCode).toBe(200);
    expect(await listIds(overseer, `&project_id=${P}`)).toContain(existing.id);
    const create = await overseer.post('/api/v1/tasks', { project_id: P, name: 'Nope' });
    expect(create.statusCode).toBe(403);
    expect(create.json()).toMatchObject({ required_project_level: 'edit_tasks' });
    expect((await overseer.put(`/api/v1/tasks/${existing.id}`, { name: 'Nope' })).json()).toMatchObject({
      required_project_level: 'edit_tasks',
    });
  });

  it("managers see every project's tasks but edit tasks only where they are members (account permissions never raise the level)", async () => {
    const res = await otherManager.post('/api/v1/tasks', { project_id: P, name: name('By other manager') });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json()).toMatchObject({ required_project_level: 'edit_tasks' });
    expect((await otherManager.get(`/api/v1/projects/${P}/access`)).json()).toMatchObject({
      level: 'view_tasks',
      membership_level: null,
      is_member: false,
    });
    const existing = await task(manager);
    expect((await otherManager.get(`/api/v1/tasks/${existing.id}`)).statusCode).toBe(200);
  });

  it('a viewer cannot create or edit tasks even at the edit_tasks level (account permission)', async () => {
    const existing = await task(manager, { assignee_id: viewerMember.userId });
    const create = await viewerMember.post('/api/v1/tasks', { project_id: P, name: 'Nope' });
    expect(create.statusCode).toBe(403);
    expect(create.json()).toMatchObject({ required_permission: 'create_tasks' });
    const edit = await viewerMember.put(`/api/v1/tasks/${existing.id}`, { status: 'done' });
    expect(edit.statusCode).toBe(403);
    expect(edit.json()).toMatchObject({ required_permission: 'edit_own_tasks' });
    expect((await viewerMember.delete(`/api/v1/tasks/${existing.id}`)).json()).toMatchObject({ required_permission: 'delete_own_tasks' });
    // It is assigned to them and they are a member: they can still read it.
    expect((await viewerMember.get(`/api/v1/tasks/${existing.id}`)).statusCode).toBe(200);
  });

  it('BOLA: a non-member gets 404 on every task route by id and never sees the tasks in lists', async () => {
    const secret = await task(manager, { name: name('Secret') });
    for (const res of [
      await outsider.get(`/api/v1/tasks/${secret.id}`),
      await outsider.put(`/api/v1/tasks/${secret.id}`, { name: 'Hijacked' }),
      await outsider.delete(`/api/v1/tasks/${secret.id}`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'not_found' });
    }
    expect(await listIds(outsider)).not.toContain(secret.id);
    expect((await outsider.get(`/api/v1/tasks?project_id=${P}`)).statusCode).toBe(404);
    expect((await outsider.post('/api/v1/tasks', { project_id: P, name: 'Sneak' })).statusCode).toBe(404);
    // Unknown ids answer the same: no existence leak.
    expect((await outsider.get('/api/v1/tasks/999999')).statusCode).toBe(404);
    expect((await manager.get(`/api/v1/tasks/${secret.id}`)).json().name).toBe(secret.name);
    // …while the outsider does see their own project's tasks.
    const theirs = await task(manager, { project_id: Q });
    expect(await listIds(outsider)).toContain(theirs.id);
  });

  it('own vs all: edit_own_tasks covers tasks you created or are assigned to, nothing else', async () => {
    const others = await task(manager);
    const denied = await editor.put(`/api/v1/tasks/${others.id}`, { status: 'done' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ required_permission: 'edit_all_tasks' });
    expect((await manager.get(`/api/v1/tasks/${others.id}`)).json().status).toBe('todo');

    const assigned = await task(manager, { assignee_id: editor.userId });
    expect((await editor.put(`/api/v1/tasks/${assigned.id}`, { status: 'done' })).statusCode).toBe(200);
    // edit_all_tasks (manager) edits anyone's task on a project where they may edit tasks.
    const editorsTask = await task(editor);
    expect((await manager.put(`/api/v1/tasks/${editorsTask.id}`, { name: 'Renamed by manager' })).statusCode).toBe(200);
  });

  it('own vs all: delete_own_tasks covers only tasks you created (being assignee is not enough)', async () => {
    const assigned = await task(manager, { assignee_id: editor.userId });
    const denied = await editor.delete(`/api/v1/tasks/${assigned.id}`);
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ required_permission: 'delete_all_tasks' });
    // Managers hold delete_own_tasks only: someone else's task is refused to them too.
    const editorsTask = await task(editor);
    expect((await manager.delete(`/api/v1/tasks/${editorsTask.id}`)).json()).toMatchObject({ required_permission: 'delete_all_tasks' });
    expect((await manager.get(`/api/v1/tasks/${editorsTask.id}`)).statusCode).toBe(200);
    // Admins hold delete_all_tasks (and act as project admin everywhere).
    expect((await admin.delete(`/api/v1/tasks/${editorsTask.id}`)).statusCode).toBe(204);
    expect((await manager.delete(`/api/v1/tasks/${assigned.id}`)).statusCode).toBe(204);
  });

  it('assign_tasks: assigning anyone but yourself needs it', async () => {
    const create = await editor.post('/api/v1/tasks', { project_id: P, name: 'For reader', assignee_id: reader.userId });
    expect(create.statusCode).toBe(403);
    expect(create.json()).toMatchObject({ required_permission: 'assign_tasks' });

    const mine = await task(editor, { assignee_id: editor.userId });
    const reassign = await editor.put(`/api/v1/tasks/${mine.id}`, { assignee_id: reader.userId });
    expect(reassign.statusCode).toBe(403);
    expect(reassign.json()).toMatchObject({ required_permission: 'assign_tasks' });
    // Dropping your own assignment is fine; taking someone else's away is not.
    expect((await editor.put(`/api/v1/tasks/${mine.id}`, { assignee_id: null })).json().assignee_id).toBeNull();
    const theirs = await task(manager, { assignee_id: reader.userId });
    expect((await manager.put(`/api/v1/tasks/${theirs.id}`, { assignee_id: editor.userId })).json().assignee).toEqual({
      id: editor.userId,
      name: 'Editor Ed',
    });
    expect((await editor.put(`/api/v1/tasks/${theirs.id}`, { assignee_id: editor.userId, status: 'done' })).statusCode).toBe(200);
    const other = await task(editor);
    const grab = await editor.put(`/api/v1/tasks/${other.id}`, { assignee_id: editor.userId });
    expect(grab.statusCode).toBe(200);
    // Their own task (created by them), which a manager assigned to someone else: they may edit
    // it, but not take it away from its assignee.
    const created = await task(editor);
    expect((await manager.put(`/api/v1/tasks/${created.id}`, { assignee_id: reader.userId })).statusCode).toBe(200);
    const unassign = await editor.put(`/api/v1/tasks/${created.id}`, { assignee_id: null });
    expect(unassign.statusCode).toBe(403);
    expect(unassign.json()).toMatchObject({ required_permission: 'assign_tasks' });
    expect((await editor.put(`/api/v1/tasks/${created.id}`, { status: 'in_progress' })).statusCode).toBe(200);
    expect((await editor.get(`/api/v1/tasks/${created.id}`)).json()).toMatchObject({ assignee_id: reader.userId, status: 'in_progress' });
  });

  it('the assignee must be able to see the project (409), and must exist (404)', async () => {
    const notMember = await manager.post('/api/v1/tasks', { project_id: P, name: 'x', assignee_id: outsider.userId });
    expect(notMember.statusCode).toBe(409);
    expect(notMember.json()).toMatchObject({ code: 'conflict', assignee_id: outsider.userId });
    expect(notMember.json().message).toMatch(/participant/);
    const existing = await task(manager);
    expect((await manager.put(`/api/v1/tasks/${existing.id}`, { assignee_id: outsider.userId })).statusCode).toBe(409);
    expect((await manager.get(`/api/v1/tasks/${existing.id}`)).json().assignee_id).toBeNull();
    const unknown = await manager.post('/api/v1/tasks', { project_id: P, name: 'x', assignee_id: 999999 });
    expect(unknown.statusCode).toBe(404);
    // Visible through account permissions (view_all_projects) is enough.
    expect((await task(manager, { assignee_id: otherManager.userId })).assignee_id).toBe(otherManager.userId);
  });

  it('a task assigned to you stays visible after you leave the project, but is read-only', async () => {
    const projectId = await project(manager, 'Leaving');
    const membership = await join(projectId, outsider, 'edit_tasks');
    const assigned = await task(manager, { project_id: projectId, assignee_id: outsider.userId });
    const unassigned = await task(manager, { project_id: projectId });
    expect((await outsider.delete(`/api/v1/participations/${membership}`)).statusCode).toBe(204);

    expect((await outsider.get(`/api/v1/tasks/${assigned.id}`)).statusCode).toBe(200);
    expect((await outsider.get(`/api/v1/tasks/${unassigned.id}`)).statusCode).toBe(404);
    const ids = await listIds(outsider);
    expect(ids).toContain(assigned.id);
    expect(ids).not.toContain(unassigned.id);
    const edit = await outsider.put(`/api/v1/tasks/${assigned.id}`, { status: 'done' });
    expect(edit.statusCode).toBe(403);
    expect(edit.json()).toMatchObject({ required_project_level: 'edit_tasks' });
  });

  it('tasks of an archived project are read-only (409)', async () => {
    const projectId = await project(manager, 'Archived');
    const existing = await task(manager, { project_id: projectId });
    expect((await manager.delete(`/api/v1/projects/${projectId}`)).statusCode).toBe(200);
    const create = await manager.post('/api/v1/tasks', { project_id: projectId, name: 'Late' });
    expect(create.statusCode).toBe(409);
    expect(create.json()).toMatchObject({ code: 'conflict' });
    expect((await manager.put(`/api/v1/tasks/${existing.id}`, { status: 'done' })).statusCode).toBe(409);
    expect((await admin.delete(`/api/v1/tasks/${existing.id}`)).statusCode).toBe(409);
    expect((await manager.get(`/api/v1/tasks/${existing.id}`)).json().status).toBe('todo');
  });

  it('deleting a task keeps its time entries, without the task', async () => {
    const doomed = await task(manager);
    const start = new Date('2026-01-05T09:00:00Z');
    const [entry] = await t.db.db
      .insert(timeEntries)
      .values({
        userId: manager.userId!,
        projectId: P,
        taskId: doomed.id,
        startTime: start,
        endTime: new Date(start.getTime() + 3_600_000),
        durationSeconds: 3600,
      })
      .returning();
    expect((await manager.delete(`/api/v1/tasks/${doomed.id}`)).statusCode).toBe(204);
    const [after] = await t.db.db.select().from(timeEntries).where(eq(timeEntries.id, entry!.id));
    expect(after).toMatchObject({ taskId: null, durationSeconds: 3600 });
  });

  it('records audit entries for create, update and delete', async () => {
    const x = await task(manager);
    await manager.put(`/api/v1/tasks/${x.id}`, { status: 'done' });
    await manager.delete(`/api/v1/tasks/${x.id}`);
    const res = await admin.get(`/api/v1/audit-logs?target_type=task&target_id=${x.id}`);
    expect(res.json().audit_logs.map((e: { action: string }) => e.action)).toEqual(['task.delete', 'task.update', 'task.create']);
  });

  it('token scopes apply: read:tasks reads, write:tasks is needed to write', async () => {
    const bot = await tokenClient(editor, ['read:tasks'], { name: 'tasks', expires_in_days: 1 });
    expect((await bot.get('/api/v1/tasks')).statusCode).toBe(200);
    const res = await bot.post('/api/v1/tasks', { project_id: P, name: 'Bot task' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ required_scope: 'write:tasks' });
  });

  it.each([
    ['an unknown field', { name: 'Ok', priority: 'high' }, 'body.priority'],
    ['a missing name', { name: undefined }, 'body.name'],
    ['an empty name', { name: '' }, 'body.name'],
    ['a blank name', { name: '  ' }, 'body.name'],
    ['an oversized name', { name: 'x'.repeat(201) }, 'body.name'],
    ['an oversized description', { name: 'Ok', description: 'x'.repeat(5001) }, 'body.description'],
    ['an impossible date', { name: 'Ok', due_date: '2026-02-30' }, 'body.due_date'],
    ['a date-time for a date', { name: 'Ok', due_date: '2026-02-01T00:00:00Z' }, 'body.due_date'],
    ['an invalid status', { name: 'Ok', status: 'blocked' }, 'body.status'],
    ['a string project id', { name: 'Ok', project_id: '1' }, 'body.project_id'],
    ['a zero assignee id', { name: 'Ok', assignee_id: 0 }, 'body.assignee_id'],
  ])('POST with %s → 400 with field errors', async (_label, patch, path) => {
    const res = await manager.post('/api/v1/tasks', { project_id: P, ...patch });
    expectInvalid(res, path);
    expect(res.json()).toMatchObject({ code: 'validation_error', error: 'Validation failed' });
  });

  it('PUT never moves a task to another project, and rejects bad fields and empty bodies', async () => {
    const x = await task(manager);
    for (const [body, path] of [
      [{ project_id: Q }, 'body.project_id'],
      [{ status: 'blocked' }, 'body.status'],
      [{ due_date: '2026-13-01' }, 'body.due_date'],
      [{ name: 'x'.repeat(201) }, 'body.name'],
    ] as const) {
      const res = await manager.put(`/api/v1/tasks/${x.id}`, body);
      expectInvalid(res, path, JSON.stringify(body));
    }
    expect((await manager.put(`/api/v1/tasks/${x.id}`, {})).statusCode).toBe(400);
    expect((await manager.get(`/api/v1/tasks/${x.id}`)).json()).toMatchObject({ project_id: P, status: 'todo', name: x.name });
  });

  it('bad query strings and ids → 400, never 5xx', async () => {
    await expectBadQueries(
      editor,
      [
        '/api/v1/tasks?status=blocked',
        '/api/v1/tasks?page=0',
        '/api/v1/tasks?per_page=500',
        '/api/v1/tasks?project_id=abc',
        '/api/v1/tasks?nope=1',
        '/api/v1/tasks/abc',
      ],
      '/api/v1/tasks?page=9999',
    );
  });
});
