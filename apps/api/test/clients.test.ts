/**
 * Clients (docs/api/clients.md): CRUD, per-role denials, internal notes behind manage_client_notes,
 * delete-or-archive, audit entries, and bad input answered with 400 — on PGlite and PostgreSQL.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/app.js';
import { type Client, customRole, userWith } from './helpers/client.js';
import { createClient, expectBadQueries, expectInvalid, tokenClient, uniqueName as name, useTestApp, useUser } from './helpers/fixtures.js';

describeEachDb('clients', (kind) => {
  const t = useTestApp(kind);
  const admin = useUser(t, ['admin']);
  const manager = useUser(t, ['manager']);
  const user = useUser(t, ['user']);
  const viewer = useUser(t, ['viewer']);
  let creatorNoNotes: Client;

  beforeAll(async () => {
    await customRole(t.app, 'client_clerk', ['create_clients', 'edit_clients']);
    creatorNoNotes = await userWith(t.app, ['client_clerk']);
  });

  it('creates, reads, updates and lists a client (manager)', async () => {
    const created = await createClient(manager, {
      name: '  Globex  ',
      email: 'billing@globex.test',
      phone: '+1 555 0100',
      address: '1 Main St',
      notes: 'pays late',
    });
    expect(created).toMatchObject({
      name: 'Globex',
      email: 'billing@globex.test',
      phone: '+1 555 0100',
      address: '1 Main St',
      status: 'active',
      notes: 'pays late',
      project_count: 0,
    });
    expect(typeof created.id).toBe('number');

    const got = await manager.get(`/api/v1/clients/${created.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(created);

    const updated = await manager.put(`/api/v1/clients/${created.id}`, { phone: null, notes: 'pays on time now' });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ name: 'Globex', phone: null, notes: 'pays on time now' });

    const list = await manager.get('/api/v1/clients?q=globex');
    expect(list.statusCode).toBe(200);
    expect(list.json().clients.map((c: { id: number }) => c.id)).toEqual([created.id]);
    expect(list.json().pagination).toEqual({ page: 1, per_page: 50, total: 1, pages: 1 });
  });

  it('q matches the email too and escapes LIKE wildcards', async () => {
    const c = await createClient(manager, { email: 'unique-mail-marker@corp.test' });
    expect((await user.get('/api/v1/clients?q=unique-mail-marker')).json().clients.map((x: { id: number }) => x.id)).toEqual([c.id]);
    expect((await user.get('/api/v1/clients?q=%25%25%25')).json().clients).toEqual([]);
  });

  it('lists active clients by default; status=archived and status=all widen it', async () => {
    const active = await createClient(manager);
    const archived = await createClient(manager);
    expect((await manager.put(`/api/v1/clients/${archived.id}`, { status: 'archived' })).json().status).toBe('archived');
    const ids = async (qs: string) =>
      (await manager.get(`/api/v1/clients?per_page=100${qs}`)).json().clients.map((c: { id: number }) => c.id);
    expect(await ids('')).toContain(active.id);
    expect(await ids('')).not.toContain(archived.id);
    expect(await ids('&status=archived')).toEqual([archived.id]);
    expect(await ids('&status=all')).toEqual(expect.arrayContaining([active.id, archived.id]));
    // Restoring is an edit too.
    expect((await manager.put(`/api/v1/clients/${archived.id}`, { status: 'active' })).json().status).toBe('active');
  });

  it('paginates', async () => {
    for (let i = 0; i < 3; i++) await createClient(manager, { name: `Paged ${i}` });
    const res = await user.get('/api/v1/clients?q=Paged&per_page=2&page=2');
    expect(res.statusCode).toBe(200);
    expect(res.json().pagination).toEqual({ page: 2, per_page: 2, total: 3, pages: 2 });
    expect(res.json().clients.map((c: { name: string }) => c.name)).toEqual(['Paged 2']);
  });

  it('users see clients but cannot create, edit or delete them; viewers only read them (view_contacts includes view_clients)', async () => {
    const c = await createClient(manager);
    expect((await user.get(`/api/v1/clients/${c.id}`)).statusCode).toBe(200);
    const create = await user.post('/api/v1/clients', { name: 'Nope' });
    expect(create.statusCode).toBe(403);
    expect(create.json()).toMatchObject({ code: 'forbidden', required_permission: 'create_clients' });
    expect((await user.put(`/api/v1/clients/${c.id}`, { name: 'Nope' })).json()).toMatchObject({ required_permission: 'edit_clients' });
    expect((await user.delete(`/api/v1/clients/${c.id}`)).json()).toMatchObject({ required_permission: 'delete_clients' });
    // A viewer holds view_contacts, and a contact is visible with its client: the client reads, nothing more.
    expect((await viewer.get(`/api/v1/clients/${c.id}`)).statusCode).toBe(200);
    expect((await viewer.get('/api/v1/clients')).statusCode).toBe(200);
    expect((await viewer.get(`/api/v1/clients/${c.id}`)).json()).not.toHaveProperty('notes');
    expect((await viewer.post('/api/v1/clients', { name: 'Nope' })).json()).toMatchObject({ required_permission: 'create_clients' });
    expect((await viewer.put(`/api/v1/clients/${c.id}`, { name: 'Nope' })).json()).toMatchObject({ required_permission: 'edit_clients' });
    expect((await viewer.delete(`/api/v1/clients/${c.id}`)).json()).toMatchObject({ required_permission: 'delete_clients' });
    expect((await manager.get(`/api/v1/clients/${c.id}`)).json().name).toBe(c.name);
  });

  it('managers cannot delete clients (delete_clients)', async () => {
    const c = await createClient(manager);
    const res = await manager.delete(`/api/v1/clients/${c.id}`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ required_permission: 'delete_clients' });
    expect((await manager.get(`/api/v1/clients/${c.id}`)).statusCode).toBe(200);
  });

  it('hides notes from callers without manage_client_notes, in the object and in lists', async () => {
    const c = await createClient(manager, { name: name('Secretive'), notes: 'internal only' });
    const asUser = (await user.get(`/api/v1/clients/${c.id}`)).json();
    expect(asUser).not.toHaveProperty('notes');
    expect(asUser).toMatchObject({ id: c.id, name: c.name, project_count: 0 });
    const listed = (await user.get(`/api/v1/clients?q=${encodeURIComponent(c.name)}`)).json().clients;
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty('notes');
    expect((await manager.get(`/api/v1/clients/${c.id}`)).json().notes).toBe('internal only');
  });

  it('writing notes without manage_client_notes is a 403 and changes nothing', async () => {
    const withNotes = await creatorNoNotes.post('/api/v1/clients', { name: name('Clerk'), notes: 'sneaky' });
    expect(withNotes.statusCode).toBe(403);
    expect(withNotes.json()).toMatchObject({ code: 'forbidden', required_permission: 'manage_client_notes' });

    const created = await creatorNoNotes.post('/api/v1/clients', { name: name('Clerk') });
    expect(created.statusCode).toBe(201);
    expect(created.json()).not.toHaveProperty('notes');
    const id = created.json().id;
    const put = await creatorNoNotes.put(`/api/v1/clients/${id}`, { name: 'Renamed', notes: 'sneaky' });
    expect(put.statusCode).toBe(403);
    expect(put.json()).toMatchObject({ required_permission: 'manage_client_notes' });
    expect((await manager.get(`/api/v1/clients/${id}`)).json()).toMatchObject({ name: created.json().name, notes: '' });
    expect((await creatorNoNotes.put(`/api/v1/clients/${id}`, { name: 'Renamed' })).json().name).toBe('Renamed');
  });

  it('deletes an unreferenced client (204)', async () => {
    const c = await createClient(manager);
    const res = await admin.delete(`/api/v1/clients/${c.id}`);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect((await admin.get(`/api/v1/clients/${c.id}`)).statusCode).toBe(404);
    expect((await admin.delete(`/api/v1/clients/${c.id}`)).statusCode).toBe(404);
  });

  it('archives a client still referenced by a project instead of deleting it (200)', async () => {
    const c = await createClient(manager);
    const project = await manager.post('/api/v1/projects', { name: name('Client project'), client_id: c.id });
    expect(project.statusCode, project.body).toBe(201);
    expect((await manager.get(`/api/v1/clients/${c.id}`)).json().project_count).toBe(1);

    const res = await admin.delete(`/api/v1/clients/${c.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: c.id, status: 'archived', project_count: 1 });
    const after = await admin.get(`/api/v1/clients/${c.id}`);
    expect(after.statusCode).toBe(200);
    expect(after.json().status).toBe('archived');
    expect((await manager.get(`/api/v1/projects/${project.json().id}`)).json().client_id).toBe(c.id);
  });

  it('records audit entries for create, update, archive and delete, without the notes', async () => {
    const c = await createClient(manager, { notes: 'top secret note' });
    await manager.put(`/api/v1/clients/${c.id}`, { name: name('Audited') });
    await manager.post('/api/v1/projects', { name: name('Ref'), client_id: c.id });
    await admin.delete(`/api/v1/clients/${c.id}`);
    const other = await createClient(manager);
    await admin.delete(`/api/v1/clients/${other.id}`);

    const actions = async (id: number) =>
      (await admin.get(`/api/v1/audit-logs?target_type=client&target_id=${id}`)).json().audit_logs.map((e: { action: string }) => e.action);
    expect(await actions(c.id)).toEqual(['client.archive', 'client.update', 'client.create']);
    expect(await actions(other.id)).toEqual(['client.delete', 'client.create']);
    const body = (await admin.get(`/api/v1/audit-logs?target_type=client&target_id=${c.id}`)).body;
    expect(body).not.toContain('top secret note');
  });

  it('answers 404 for unknown ids', async () => {
    expect((await manager.get('/api/v1/clients/999999')).statusCode).toBe(404);
    expect((await manager.put('/api/v1/clients/999999', { name: 'x' })).statusCode).toBe(404);
    expect((await admin.delete('/api/v1/clients/999999')).statusCode).toBe(404);
  });

  it('token scopes apply: read:clients reads, write:clients is needed to write', async () => {
    const bot = await tokenClient(manager, ['read:clients'], { name: 'crm', expires_in_days: 1 });
    expect((await bot.get('/api/v1/clients')).statusCode).toBe(200);
    const res = await bot.post('/api/v1/clients', { name: 'Bot client' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ required_scope: 'write:clients' });
  });

  it.each([
    ['an unknown field', { name: 'Ok', website: 'x' }, 'body.website'],
    ['a missing name', {}, 'body.name'],
    ['an empty name', { name: '' }, 'body.name'],
    ['a blank name', { name: '   ' }, 'body.name'],
    ['an oversized name', { name: 'x'.repeat(201) }, 'body.name'],
    ['a bad email', { name: 'Ok', email: 'not-an-email' }, 'body.email'],
    ['a number for a string', { name: 42 }, 'body.name'],
    ['a status on create', { name: 'Ok', status: 'archived' }, 'body.status'],
  ])('POST with %s → 400 with field errors', async (_label, body, path) => {
    const res = await manager.post('/api/v1/clients', body);
    expectInvalid(res, path);
    expect(res.json()).toMatchObject({ code: 'validation_error', error: 'Validation failed' });
  });

  it('PUT rejects an invalid status, an empty body and unknown fields', async () => {
    const c = await createClient(manager);
    for (const [body, path] of [
      [{ status: 'deleted' }, 'body.status'],
      [{ id: 5 }, 'body.id'],
    ] as const) {
      const res = await manager.put(`/api/v1/clients/${c.id}`, body);
      expectInvalid(res, path);
    }
    expect((await manager.put(`/api/v1/clients/${c.id}`, {})).statusCode).toBe(400);
    expect((await manager.get(`/api/v1/clients/${c.id}`)).json().status).toBe('active');
  });

  it('bad query strings and ids → 400, never 5xx', async () => {
    await expectBadQueries(
      user,
      [
        '/api/v1/clients?status=gone',
        '/api/v1/clients?page=0',
        '/api/v1/clients?per_page=101',
        '/api/v1/clients?nope=1',
        '/api/v1/clients/abc',
        '/api/v1/clients/0',
      ],
      '/api/v1/clients?page=9999',
    );
  });
});
