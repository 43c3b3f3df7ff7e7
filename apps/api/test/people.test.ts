/**
 * The people directory (docs/api/people.md) on PGlite and PostgreSQL: who may search (view_users,
 * or the invite_members action on some project), what an answer holds (active users, id and name,
 * at most 20, by name), the two-character minimum, and the token scope. Also the `q` filters the
 * pickers search with: tasks by name, project members by name or email.
 */
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/app.js';
import { customRole, userWith } from './helpers/client.js';
import {
  addMember,
  createProject,
  createTask,
  expectInvalid,
  expectStatus,
  join,
  tokenClient,
  useTestApp,
  useUser,
} from './helpers/fixtures.js';

interface Person {
  id: number;
  name: string;
}

describeEachDb('people directory', (kind) => {
  const t = useTestApp(kind);
  const admin = useUser(t, ['super_admin']);
  /** Holds the `user` role only (no view_users) and administers a project they created. */
  const projectAdmin = useUser(t, ['user'], 'Pat Projectadmin');
  let project: number;
  let tag: string;

  beforeAll(async () => {
    // The `user` role cannot create projects: an admin makes one and makes Pat its administrator.
    project = await createProject(admin);
    await join(admin, project, projectAdmin, 'admin');
    tag = `zq${Date.now().toString(36)}`;
    for (let i = 0; i < 25; i++) await userWith(t.app, ['user'], `${tag} Person ${String(i).padStart(2, '0')}`);
  });

  const search = (as: { get(url: string): Promise<LightMyRequestResponse> }, q: string) =>
    as.get(`/api/v1/people?q=${encodeURIComponent(q)}`);

  it('a project admin without view_users finds people by name: id and name only, by name, at most 20', async () => {
    const body = expectStatus(await search(projectAdmin, tag), 200) as { people: Person[] };
    expect(body.people).toHaveLength(20);
    expect(body.people.map((p) => p.name)).toEqual(Array.from({ length: 20 }, (_, i) => `${tag} Person ${String(i).padStart(2, '0')}`));
    for (const p of body.people) expect(Object.keys(p).sort()).toEqual(['id', 'name']);
    // The same person on /users would need view_users.
    expect((await projectAdmin.get('/api/v1/users')).statusCode).toBe(403);
  });

  it('matches the email without ever returning it, and leaves deactivated people out', async () => {
    const hidden = await userWith(t.app, ['user'], `${tag}-hidden`);
    // The part of the address that is not in the name.
    const emailOnly = hidden.email.slice(`${tag}-hidden-`.length);
    const found = expectStatus(await search(projectAdmin, emailOnly), 200) as { people: Person[] };
    expect(found.people.map((p) => p.id)).toContain(hidden.userId);
    expect(JSON.stringify(found)).not.toContain('@');
    expectStatus(await admin.patch(`/api/v1/users/${hidden.userId}`, { is_active: false }), 200);
    const after = expectStatus(await search(projectAdmin, `${tag}-hidden`), 200) as { people: Person[] };
    expect(after.people).toEqual([]);
  });

  it('is open to a member with the Invite Members flag and to view_users holders', async () => {
    const inviter = await userWith(t.app, ['user']);
    await join(admin, project, inviter, 'view_tasks', { can_invite: true });
    expectStatus(await search(inviter, tag), 200);
    const manager = await userWith(t.app, ['manager']);
    expectStatus(await search(manager, tag), 200);
    await customRole(t.app, `people_viewer_${kind}`, ['view_users']);
    expectStatus(await search(await userWith(t.app, [`people_viewer_${kind}`]), tag), 200);
  });

  it('refuses a plain user, a member below admin and a signed-out caller', async () => {
    for (const who of [await userWith(t.app, ['user']), await addMember(admin, project, 'edit_financials')]) {
      const res = await search(who, tag);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden', required_project_level: 'admin', project_action: 'invite_members' });
      expect(res.json().message).toMatch(/view_users/);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/people?q=${tag}` })).statusCode).toBe(401);
  });

  it('needs two characters: a missing, one-letter or blank q is a 400 naming q', async () => {
    for (const url of ['/api/v1/people', '/api/v1/people?q=a', '/api/v1/people?q=%20%20', '/api/v1/people?q=%20a%20']) {
      const res = await projectAdmin.get(url);
      expectInvalid(res, 'querystring.q', url);
      expect(res.json().code).toBe('validation_error');
    }
  });

  it('takes tokens with read:projects, refuses read:users', async () => {
    expectStatus(await search(await tokenClient(projectAdmin, ['read:projects']), tag), 200);
    const res = await search(await tokenClient(projectAdmin, ['read:users']), tag);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ required_scope: 'read:projects' });
  });
});

describeEachDb('search filters of the pickers', (kind) => {
  const t = useTestApp(kind);
  const manager = useUser(t, ['manager']);

  it('GET /tasks?q= matches task names', async () => {
    const project = await createProject(manager);
    const design = await createTask(manager, project, { name: 'Design the lobby' });
    await createTask(manager, project, { name: 'Build the stairs' });
    const body = expectStatus(await manager.get(`/api/v1/tasks?project_id=${project}&q=lobby`), 200) as { tasks: { id: number }[] };
    expect(body.tasks.map((x) => x.id)).toEqual([design.id]);
    expect(expectStatus(await manager.get(`/api/v1/tasks?project_id=${project}&q=100%25`), 200).tasks).toEqual([]);
  });

  it(`GET /participations?q= matches members' names and emails, and the total counts the matches`, async () => {
    const project = await createProject(manager);
    const named = await addMember(manager, project, 'view_tasks', undefined, ['user']);
    await addMember(manager, project, 'view_tasks');
    const byEmail = expectStatus(await manager.get(`/api/v1/participations?project_id=${project}&q=${named.email.slice(0, 14)}`), 200);
    expect(byEmail.participations.map((p: { user_id: number }) => p.user_id)).toEqual([named.userId]);
    expect(byEmail.pagination.total).toBe(1);
  });
});
