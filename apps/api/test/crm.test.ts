/**
 * Sales (docs/api/crm.md): leads, deals and contacts — own vs all by `owner_id` (lists never
 * contain another owner's record, whatever `owner_id` asks for; their records are 404), owner
 * reassignment behind edit_all_*, converting a lead in one transaction (twice: 409), winning a
 * deal with a project administered by the winner, losing with a reason, deal stages from the
 * settings, contacts following their client, bad input answered 400 with nothing written, audit
 * entries, domain events, and token scopes — on PGlite and PostgreSQL.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { onDomainEvent, type DomainEvent } from '../src/lib/domain-events.js';
import { describeEachDb } from './helpers/app.js';
import { anonymous, type Client, customRole, userWith } from './helpers/client.js';
import {
  createClient,
  expectBadQueries,
  expectInvalid,
  expectStatus,
  tokenClient,
  uniqueName,
  useTestApp,
  useUser,
} from './helpers/fixtures.js';

type Body = Record<string, unknown>;
const ids = (list: { id: number }[]) => list.map((x) => x.id).sort((a, b) => a - b);

async function lead(as: Client, body: Body = {}) {
  return expectStatus(await as.post('/api/v1/leads', { name: uniqueName('Ada Lovelace'), ...body }));
}
async function deal(as: Client, body: Body = {}) {
  return expectStatus(await as.post('/api/v1/deals', { name: uniqueName('Deal'), ...body }));
}
async function contact(as: Client, clientId: number, body: Body = {}) {
  return expectStatus(await as.post(`/api/v1/clients/${clientId}/contacts`, { first_name: uniqueName('Grace'), ...body }));
}

describeEachDb('crm', (kind) => {
  const t = useTestApp(kind);
  const admin = useUser(t, ['admin']);
  const manager = useUser(t, ['manager']);
  const user = useUser(t, ['user']);
  const other = useUser(t, ['user']);
  const viewer = useUser(t, ['viewer']);
  let seesAllEditsOwn: Client;
  let nobody: Client;

  beforeAll(async () => {
    await customRole(t.app, 'deal_watcher', ['view_all_deals', 'edit_own_deals', 'view_all_leads', 'edit_own_leads']);
    seesAllEditsOwn = await userWith(t.app, ['deal_watcher']);
    nobody = await userWith(t.app, []);
  });

  const audit = async (action: string, targetId: number) =>
    (await admin.get(`/api/v1/audit-logs?action=${action}&target_id=${targetId}`)).json().audit_logs as { before: Body; after: Body }[];

  describe('leads', () => {
    it('a user creates, reads, changes and lists their own leads; every change is audited', async () => {
      const created = await lead(user, {
        company: 'Analytical Engines',
        email: 'ada@engines.test',
        source: 'website',
        estimated_value: 1200.5,
      });
      expect(created).toMatchObject({
        company: 'Analytical Engines',
        status: 'new',
        owner_id: user.userId,
        estimated_value: 1200.5,
        currency: 'EUR',
        converted_at: null,
        client_id: null,
        deal_id: null,
      });
      expect(created.owner.id).toBe(user.userId);
      expect(expectStatus(await user.get(`/api/v1/leads/${created.id}`), 200)).toEqual(created);
      const patched = expectStatus(await user.patch(`/api/v1/leads/${created.id}`, { status: 'contacted' }), 200);
      expect(patched.status).toBe('contacted');
      const put = expectStatus(await user.put(`/api/v1/leads/${created.id}`, { notes: 'met at the fair', estimated_value: null }), 200);
      expect(put).toMatchObject({ status: 'contacted', notes: 'met at the fair', estimated_value: null });
      const list = expectStatus(await user.get('/api/v1/leads?status=contacted&q=engines'), 200);
      expect(ids(list.leads)).toContain(created.id);
      expect(list.leads.every((l: { owner_id: number }) => l.owner_id === user.userId)).toBe(true);
      expect(await audit('lead.create', created.id)).toHaveLength(1);
      const updates = await audit('lead.update', created.id);
      expect(updates).toHaveLength(2);
      expect(updates.some((u) => u.before.status === 'new' && u.after.status === 'contacted')).toBe(true);
    });

    it("lists never contain another owner's leads, whatever owner_id asks for; their leads are 404", async () => {
      const mine = await lead(user);
      const theirs = await lead(other);
      const listed = ids(expectStatus(await user.get('/api/v1/leads?per_page=100'), 200).leads);
      expect(listed).toContain(mine.id);
      expect(listed).not.toContain(theirs.id);
      expect(expectStatus(await user.get(`/api/v1/leads?owner_id=${other.userId}`), 200).leads).toEqual([]);
      for (const res of [
        await user.get(`/api/v1/leads/${theirs.id}`),
        await user.patch(`/api/v1/leads/${theirs.id}`, { notes: 'x' }),
        await user.put(`/api/v1/leads/${theirs.id}`, { notes: 'x' }),
      ]) {
        expect(res.statusCode, res.body).toBe(404);
        expect(res.json().code).toBe('not_found');
      }
      // view_all_leads: everyone's, and owner_id narrows.
      const all = expectStatus(await manager.get(`/api/v1/leads?owner_id=${other.userId}`), 200).leads;
      expect(ids(all)).toContain(theirs.id);
      expect(all.every((l: { owner_id: number }) => l.owner_id === other.userId)).toBe(true);
    });

    it('giving a lead to another owner needs edit_all_leads; seeing one is not changing it', async () => {
      const refused = await user.post('/api/v1/leads', { name: 'For someone else', owner_id: other.userId });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().required_permission).toBe('edit_all_leads');
      const mine = await lead(user);
      const move = await user.patch(`/api/v1/leads/${mine.id}`, { owner_id: other.userId });
      expect(move.statusCode).toBe(403);
      expect(expectStatus(await user.get(`/api/v1/leads/${mine.id}`), 200).owner_id).toBe(user.userId);
      const theirs = await lead(other);
      expect(expectStatus(await seesAllEditsOwn.get(`/api/v1/leads/${theirs.id}`), 200).id).toBe(theirs.id);
      const edit = await seesAllEditsOwn.patch(`/api/v1/leads/${theirs.id}`, { notes: 'mine now?' });
      expect(edit.statusCode).toBe(403);
      expect(edit.json().required_permission).toBe('edit_all_leads');
      const moved = expectStatus(await manager.patch(`/api/v1/leads/${mine.id}`, { owner_id: other.userId }), 200);
      expect(moved.owner_id).toBe(other.userId);
      expect((await user.get(`/api/v1/leads/${mine.id}`)).statusCode).toBe(404);
      expect((await manager.patch(`/api/v1/leads/${mine.id}`, { owner_id: 2147483647 })).statusCode).toBe(404);
    });

    it('bad input is 400 and writes nothing', async () => {
      const before = expectStatus(await admin.get('/api/v1/leads?per_page=1'), 200).pagination.total;
      for (const body of [
        {},
        { name: '   ' },
        { name: 'x', email: 'not an email' },
        { name: 'x', estimated_value: 1.234 },
        { name: 'x', estimated_value: -1 },
        { name: 'x', currency: 'euro' },
        { name: 'x', status: 'converted' },
        { name: 'x', unknown: true },
      ]) {
        const res = await manager.post('/api/v1/leads', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.json().code).toBe('validation_error');
      }
      const mine = await lead(user);
      expectInvalid(await user.patch(`/api/v1/leads/${mine.id}`, {}), 'body');
      expectInvalid(await user.patch(`/api/v1/leads/${mine.id}`, { estimated_value: 0.001 }), 'body.estimated_value');
      expect(expectStatus(await admin.get('/api/v1/leads?per_page=1'), 200).pagination.total).toBe(before + 1);
      await expectBadQueries(
        user,
        ['/api/v1/leads?status=won', '/api/v1/leads?owner_id=0', '/api/v1/leads?per_page=101'],
        '/api/v1/leads?page=9999',
      );
    });

    it('deleting: delete_leads on a lead you can see; audited', async () => {
      const mine = await lead(user);
      expect((await user.delete(`/api/v1/leads/${mine.id}`)).statusCode).toBe(403);
      expect((await manager.delete(`/api/v1/leads/${mine.id}`)).statusCode).toBe(204);
      expect((await manager.get(`/api/v1/leads/${mine.id}`)).statusCode).toBe(404);
      expect(await audit('lead.delete', mine.id)).toHaveLength(1);
    });
  });

  describe('converting a lead', () => {
    const events: DomainEvent[] = [];
    let stop: (() => void) | undefined;
    afterEach(() => {
      stop?.();
      events.length = 0;
    });

    it('makes the client, a primary contact and a deal from the lead in one step; a second conversion is 409', async () => {
      stop = onDomainEvent('lead.converted', (e) => void events.push(e));
      const l = await lead(manager, {
        name: 'Ada King Lovelace',
        company: uniqueName('Engines Ltd'),
        email: 'ada@engines.test',
        phone: '+44 1',
        estimated_value: 5000,
        currency: 'GBP',
      });
      const res = await manager.post(`/api/v1/leads/${l.id}/convert`, {
        create_client: true,
        deal: { stage: 'proposal', probability: 40 },
      });
      const out = expectStatus(res, 200);
      expect(out.client).toMatchObject({ name: l.company, email: 'ada@engines.test', phone: '+44 1', status: 'active' });
      expect(out.contact).toMatchObject({
        client_id: out.client.id,
        first_name: 'Ada',
        last_name: 'King Lovelace',
        email: 'ada@engines.test',
        is_primary: true,
      });
      expect(out.deal).toMatchObject({
        name: l.company,
        client_id: out.client.id,
        contact_id: out.contact.id,
        owner_id: manager.userId,
        status: 'open',
        stage: 'proposal',
        value_amount: 5000,
        currency: 'GBP',
        probability: 40,
      });
      expect(out.lead).toMatchObject({ status: 'converted', client_id: out.client.id, deal_id: out.deal.id });
      expect(out.lead.converted_at).toEqual(expect.any(String));
      expect(events.map((e) => e.data)).toEqual([
        { lead_id: l.id, owner_id: manager.userId, client_id: out.client.id, contact_id: out.contact.id, deal_id: out.deal.id },
      ]);
      expect(await audit('lead.convert', l.id)).toHaveLength(1);

      const again = await manager.post(`/api/v1/leads/${l.id}/convert`, { client_id: out.client.id });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('conflict');
      expect((await manager.patch(`/api/v1/leads/${l.id}`, { status: 'new' })).statusCode).toBe(409);
    });

    it('into an existing client: the contact is not primary when the client has one; no deal unless asked', async () => {
      const client = await createClient(manager);
      await contact(manager, client.id, { is_primary: true });
      const l = await lead(manager, { name: 'Solo' });
      const out = expectStatus(await manager.post(`/api/v1/leads/${l.id}/convert`, { client_id: client.id }), 200);
      expect(out.client.id).toBe(client.id);
      expect(out.contact).toMatchObject({ first_name: 'Solo', last_name: null, is_primary: false });
      expect(out.deal).toBeNull();
      expect(out.lead.deal_id).toBeNull();
    });

    it('bad input is 400 (or 404 for an unknown client) and writes nothing: no client, no contact, the lead unchanged', async () => {
      const l = await lead(manager, { company: uniqueName('Rollback Inc') });
      stop = onDomainEvent('*', (e) => void events.push(e));
      const clientsBefore = expectStatus(await manager.get('/api/v1/clients?status=all&per_page=1'), 200).pagination.total;
      const cases: [Body, number][] = [
        [{}, 400],
        [{ client_id: 1, create_client: true }, 400],
        [{ create_client: false }, 400],
        [{ create_client: true, deal: { stage: 'no such stage' } }, 400],
        [{ create_client: true, deal: { value_amount: 1.001 } }, 400],
        [{ create_client: true, deal: { client_id: 1 } }, 400],
        [{ client_id: 2147483647 }, 404],
      ];
      for (const [body, status] of cases) {
        const res = await manager.post(`/api/v1/leads/${l.id}/convert`, body);
        expect(res.statusCode, JSON.stringify(body)).toBe(status);
      }
      expect(expectStatus(await manager.get('/api/v1/clients?status=all&per_page=1'), 200).pagination.total).toBe(clientsBefore);
      expect(expectStatus(await manager.get(`/api/v1/leads/${l.id}`), 200)).toMatchObject({ status: 'new', client_id: null });
      expect(events).toEqual([]);
    });

    it('needs convert_leads, and create_clients / create_deals for what it creates', async () => {
      const mine = await lead(user);
      const res = await user.post(`/api/v1/leads/${mine.id}/convert`, { create_client: true });
      expect(res.statusCode).toBe(403);
      expect(res.json().required_permission).toBe('convert_leads');
      await customRole(t.app, `converter_${kind}`, ['convert_leads', 'create_leads', 'view_clients']);
      const converter = await userWith(t.app, [`converter_${kind}`]);
      const theirs = await lead(converter);
      const noClient = await converter.post(`/api/v1/leads/${theirs.id}/convert`, { create_client: true });
      expect(noClient.statusCode).toBe(403);
      expect(noClient.json().required_permission).toBe('create_clients');
      const client = await createClient(manager);
      const noDeal = await converter.post(`/api/v1/leads/${theirs.id}/convert`, { client_id: client.id, deal: {} });
      expect(noDeal.json().required_permission).toBe('create_deals');
      expectStatus(await converter.post(`/api/v1/leads/${theirs.id}/convert`, { client_id: client.id }), 200);
    });
  });

  describe('deals', () => {
    const events: DomainEvent[] = [];
    let stop: (() => void) | undefined;
    afterEach(() => {
      stop?.();
      events.length = 0;
    });

    it('a user creates, moves through the stages and lists their own deals; audited', async () => {
      const client = await createClient(manager);
      const created = await deal(user, { client_id: client.id, value_amount: 999.99, expected_close_date: '2027-01-31' });
      expect(created).toMatchObject({
        client_id: client.id,
        client: { id: client.id, name: client.name },
        owner_id: user.userId,
        status: 'open',
        stage: 'prospecting',
        value_amount: 999.99,
        currency: 'EUR',
        expected_close_date: '2027-01-31',
        closed_at: null,
        project_id: null,
      });
      const moved = expectStatus(await user.patch(`/api/v1/deals/${created.id}`, { stage: 'negotiation', probability: 80 }), 200);
      expect(moved).toMatchObject({ stage: 'negotiation', probability: 80 });
      expect(expectStatus(await user.put(`/api/v1/deals/${created.id}`, { notes: 'call back' }), 200).notes).toBe('call back');
      const list = expectStatus(await user.get(`/api/v1/deals?stage=negotiation&client_id=${client.id}&status=open`), 200);
      expect(ids(list.deals)).toEqual([created.id]);
      expect((await audit('deal.update', created.id)).length).toBe(2);
      expect(expectStatus(await user.get('/api/v1/deals/stages'), 200)).toEqual({
        stages: ['prospecting', 'qualification', 'proposal', 'negotiation'],
      });
    });

    it("the list never contains another owner's deal — even when no owner filter is sent; their deal is 404", async () => {
      const mine = await deal(user);
      const theirs = await deal(other, { name: 'Secret pipeline' });
      for (const url of [
        '/api/v1/deals?per_page=100',
        '/api/v1/deals?q=Secret',
        `/api/v1/deals?owner_id=${other.userId}`,
        '/api/v1/deals?status=open',
      ]) {
        const listed = expectStatus(await user.get(url), 200);
        expect(ids(listed.deals), url).not.toContain(theirs.id);
        expect(
          listed.deals.every((d: { owner_id: number }) => d.owner_id === user.userId),
          url,
        ).toBe(true);
      }
      expect(ids(expectStatus(await user.get('/api/v1/deals?per_page=100'), 200).deals)).toContain(mine.id);
      for (const res of [
        await user.get(`/api/v1/deals/${theirs.id}`),
        await user.patch(`/api/v1/deals/${theirs.id}`, { notes: 'x' }),
        await user.post(`/api/v1/deals/${theirs.id}/win`, {}),
        await user.post(`/api/v1/deals/${theirs.id}/lose`, { reason: 'x' }),
        await viewer.get(`/api/v1/deals/${theirs.id}`),
      ]) {
        expect(res.statusCode, res.body).toBe(404);
      }
      expect(ids(expectStatus(await manager.get('/api/v1/deals?per_page=100'), 200).deals)).toEqual(
        expect.arrayContaining([mine.id, theirs.id]),
      );
    });

    it('reassigning a deal needs edit_all_deals (403 otherwise, nothing changed)', async () => {
      const mine = await deal(user);
      const refused = await user.patch(`/api/v1/deals/${mine.id}`, { owner_id: other.userId, notes: 'handing over' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'forbidden', required_permission: 'edit_all_deals' });
      expect(expectStatus(await user.get(`/api/v1/deals/${mine.id}`), 200)).toMatchObject({ owner_id: user.userId, notes: '' });
      expect((await user.post('/api/v1/deals', { name: 'x', owner_id: other.userId })).statusCode).toBe(403);
      const theirs = await deal(other);
      expect((await seesAllEditsOwn.patch(`/api/v1/deals/${theirs.id}`, { stage: 'proposal' })).json().required_permission).toBe(
        'edit_all_deals',
      );
      expect((await seesAllEditsOwn.post(`/api/v1/deals/${theirs.id}/win`, {})).statusCode).toBe(403);
      const moved = expectStatus(await manager.patch(`/api/v1/deals/${mine.id}`, { owner_id: other.userId }), 200);
      expect(moved.owner).toMatchObject({ id: other.userId });
      expect((await user.get(`/api/v1/deals/${mine.id}`)).statusCode).toBe(404);
      expect(expectStatus(await other.get(`/api/v1/deals/${mine.id}`), 200).id).toBe(mine.id);
    });

    it("winning with a project: the project gets the deal's client and the winner is its project administrator", async () => {
      stop = onDomainEvent('deal.won', (e) => void events.push(e));
      const client = await createClient(manager);
      const d = await deal(manager, { client_id: client.id, currency: 'USD' });
      const won = expectStatus(await manager.post(`/api/v1/deals/${d.id}/win`, { create_project: true }), 200);
      expect(won).toMatchObject({ status: 'won', project_id: expect.any(Number) });
      expect(won.closed_at).toEqual(expect.any(String));
      const project = expectStatus(await manager.get(`/api/v1/projects/${won.project_id}`), 200);
      expect(project).toMatchObject({ name: d.name, client_id: client.id });
      const access = expectStatus(await manager.get(`/api/v1/projects/${won.project_id}/access`), 200);
      expect(access.access_level).toBe('admin');
      const members = expectStatus(await manager.get(`/api/v1/participations?project_id=${won.project_id}`), 200).participations;
      expect(members.map((m: { user_id: number; access_level: string }) => [m.user_id, m.access_level])).toEqual([
        [manager.userId, 'admin'],
      ]);
      expect(events.map((e) => e.data)).toEqual([{ deal_id: d.id, owner_id: manager.userId, project_id: won.project_id }]);
      expect(await audit('deal.win', d.id)).toHaveLength(1);
      expect((await manager.post(`/api/v1/deals/${d.id}/win`, {})).statusCode).toBe(409);
      expect((await manager.post(`/api/v1/deals/${d.id}/lose`, { reason: 'changed our minds' })).statusCode).toBe(409);
    });

    it('winning without a project; a project needs create_projects (403, the deal stays open)', async () => {
      const mine = await deal(user);
      const refused = await user.post(`/api/v1/deals/${mine.id}/win`, { create_project: true });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().required_permission).toBe('create_projects');
      expect(expectStatus(await user.get(`/api/v1/deals/${mine.id}`), 200).status).toBe('open');
      expect(expectStatus(await user.post(`/api/v1/deals/${mine.id}/win`, {}), 200)).toMatchObject({ status: 'won', project_id: null });
    });

    it('losing needs a reason', async () => {
      const mine = await deal(user);
      for (const body of [{}, { reason: '' }, { reason: '   ' }, { reason: 'x', extra: 1 }]) {
        expect((await user.post(`/api/v1/deals/${mine.id}/lose`, body)).statusCode, JSON.stringify(body)).toBe(400);
      }
      expect(expectStatus(await user.get(`/api/v1/deals/${mine.id}`), 200).status).toBe('open');
      const lost = expectStatus(await user.post(`/api/v1/deals/${mine.id}/lose`, { reason: ' went with a competitor ' }), 200);
      expect(lost).toMatchObject({ status: 'lost', lost_reason: 'went with a competitor' });
      expect(lost.closed_at).toEqual(expect.any(String));
      expect(expectStatus(await user.get('/api/v1/deals?status=lost'), 200).deals.map((x: { id: number }) => x.id)).toContain(mine.id);
    });

    it('bad input is 400 and writes nothing; a contact must be one of the deal client’s', async () => {
      const before = expectStatus(await admin.get('/api/v1/deals?per_page=1'), 200).pagination.total;
      const client = await createClient(manager);
      const elsewhere = await contact(manager, (await createClient(manager)).id);
      for (const body of [
        {},
        { name: 'x', stage: 'won' },
        { name: 'x', value_amount: 10.005 },
        { name: 'x', probability: 101 },
        { name: 'x', expected_close_date: '2027-02-30' },
        { name: 'x', client_id: client.id, contact_id: elsewhere.id },
        { name: 'x', contact_id: elsewhere.id },
        { name: 'x', status: 'won' },
      ]) {
        expect((await user.post('/api/v1/deals', body)).statusCode, JSON.stringify(body)).toBe(400);
      }
      expect((await user.post('/api/v1/deals', { name: 'x', client_id: 2147483647 })).statusCode).toBe(404);
      expect(expectStatus(await admin.get('/api/v1/deals?per_page=1'), 200).pagination.total).toBe(before);
      const mine = await deal(user);
      expectInvalid(await user.patch(`/api/v1/deals/${mine.id}`, { stage: 'closing' }), 'body.stage');
      expect(expectStatus(await user.get(`/api/v1/deals/${mine.id}`), 200).stage).toBe('prospecting');
      await expectBadQueries(
        user,
        ['/api/v1/deals?status=closed', '/api/v1/deals?client_id=x', '/api/v1/deals?owner_id=-1'],
        '/api/v1/deals?page=9999',
      );
    });

    it('deleting needs delete_deals; a client with deals is archived instead of deleted', async () => {
      const client = await createClient(manager);
      const d = await deal(manager, { client_id: client.id });
      expect((await user.delete(`/api/v1/deals/${(await deal(user)).id}`)).statusCode).toBe(403);
      const archived = await admin.delete(`/api/v1/clients/${client.id}`);
      expect(archived.statusCode).toBe(200);
      expect(archived.json().status).toBe('archived');
      expect((await manager.delete(`/api/v1/deals/${d.id}`)).statusCode).toBe(204);
      expect((await manager.get(`/api/v1/deals/${d.id}`)).statusCode).toBe(404);
      expect(await audit('deal.delete', d.id)).toHaveLength(1);
    });
  });

  describe('contacts', () => {
    it('a user adds contacts to a client; one primary at a time; a viewer reads them', async () => {
      const client = await createClient(manager);
      const first = await contact(user, client.id, { last_name: 'Hopper', is_primary: true, title: 'CTO' });
      expect(first).toMatchObject({ client_id: client.id, last_name: 'Hopper', is_primary: true, title: 'CTO' });
      const second = await contact(user, client.id, { is_primary: true });
      expect(expectStatus(await viewer.get(`/api/v1/contacts/${first.id}`), 200).is_primary).toBe(false);
      const list = expectStatus(await viewer.get(`/api/v1/clients/${client.id}/contacts`), 200);
      expect(list.contacts.map((c: { id: number }) => c.id)).toEqual([second.id, first.id]);
      expect(ids(expectStatus(await viewer.get(`/api/v1/clients/${client.id}/contacts?q=hopper`), 200).contacts)).toEqual([first.id]);
      expect((await user.patch(`/api/v1/contacts/${first.id}`, { title: 'CEO' })).statusCode).toBe(403);
      const edited = expectStatus(await manager.put(`/api/v1/contacts/${first.id}`, { title: 'CEO', is_primary: true }), 200);
      expect(edited).toMatchObject({ title: 'CEO', is_primary: true });
      expect(expectStatus(await manager.patch(`/api/v1/contacts/${second.id}`, { email: 'g@x.test' }), 200).is_primary).toBe(false);
      expect((await user.delete(`/api/v1/contacts/${second.id}`)).statusCode).toBe(403);
      expect((await manager.delete(`/api/v1/contacts/${second.id}`)).statusCode).toBe(204);
      expect((await manager.get(`/api/v1/contacts/${second.id}`)).statusCode).toBe(404);
      expect(await audit('contact.create', first.id)).toHaveLength(1);
      expect(await audit('contact.delete', second.id)).toHaveLength(1);
    });

    it("visibility follows the client: an unknown client's contacts are 404, and so is an unknown contact", async () => {
      expect((await manager.get('/api/v1/clients/2147483647/contacts')).statusCode).toBe(404);
      expect((await manager.post('/api/v1/clients/2147483647/contacts', { first_name: 'x' })).statusCode).toBe(404);
      expect((await manager.get('/api/v1/contacts/2147483647')).statusCode).toBe(404);
      expect((await viewer.post(`/api/v1/clients/${(await createClient(manager)).id}/contacts`, { first_name: 'x' })).statusCode).toBe(403);
    });

    it('bad input is 400 and writes nothing', async () => {
      const client = await createClient(manager);
      for (const body of [{}, { first_name: ' ' }, { first_name: 'x', email: 'nope' }, { first_name: 'x', client_id: 1 }]) {
        expect((await manager.post(`/api/v1/clients/${client.id}/contacts`, body)).statusCode, JSON.stringify(body)).toBe(400);
      }
      expect(expectStatus(await manager.get(`/api/v1/clients/${client.id}/contacts`), 200).contacts).toEqual([]);
    });
  });

  describe('deal stages are a setting', () => {
    it('the admin changes them; new deals start in the first; a stage no longer listed is refused for moves', async () => {
      const d = await deal(user, { stage: 'qualification' });
      expectInvalid(await admin.patch('/api/v1/settings', { deal_stages: ['a', 'a'] }), 'body.deal_stages');
      expectInvalid(await admin.patch('/api/v1/settings', { deal_stages: [] }), 'body.deal_stages');
      expect(
        expectStatus(await admin.patch('/api/v1/settings', { deal_stages: ['lead in', 'demo', 'contract'] }), 200).deal_stages,
      ).toEqual(['lead in', 'demo', 'contract']);
      try {
        expect(expectStatus(await user.get('/api/v1/deals/stages'), 200).stages).toEqual(['lead in', 'demo', 'contract']);
        expect((await deal(user)).stage).toBe('lead in');
        // The deal keeps its old stage until it is moved; it cannot be moved to an old one.
        expect(expectStatus(await user.patch(`/api/v1/deals/${d.id}`, { notes: 'still here' }), 200).stage).toBe('qualification');
        expectInvalid(await user.patch(`/api/v1/deals/${d.id}`, { stage: 'proposal' }), 'body.stage');
        expect(expectStatus(await user.patch(`/api/v1/deals/${d.id}`, { stage: 'demo' }), 200).stage).toBe('demo');
      } finally {
        expectStatus(
          await admin.patch('/api/v1/settings', { deal_stages: ['prospecting', 'qualification', 'proposal', 'negotiation'] }),
          200,
        );
      }
    });
  });

  describe('tokens', () => {
    it("a token without write:deals is refused with the scope body, listing the token's scopes", async () => {
      const reader = await tokenClient(user, ['read:deals']);
      const res = await reader.post('/api/v1/deals', { name: 'From a script' });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({
        error: 'Insufficient permissions',
        message: "This endpoint requires the 'write:deals' scope",
        required_scope: 'write:deals',
        available_scopes: ['read:deals'],
        code: 'forbidden',
      });
      expect(
        expectStatus(await reader.get('/api/v1/deals'), 200).deals.every((d: { owner_id: number }) => d.owner_id === user.userId),
      ).toBe(true);
      const writer = await tokenClient(user, ['write:deals']);
      expect((await deal(writer)).owner_id).toBe(user.userId);
      expect((await writer.get('/api/v1/leads')).json().required_scope).toBe('read:leads');
    });

    it('converting or winning through a token needs the scopes of what it creates', async () => {
      const l = await lead(manager);
      const leadsOnly = await tokenClient(manager, ['write:leads']);
      const res = await leadsOnly.post(`/api/v1/leads/${l.id}/convert`, { create_client: true });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ required_scope: 'write:clients', available_scopes: ['write:leads'], code: 'forbidden' });
      const withDeal = await tokenClient(manager, ['write:leads', 'write:clients']);
      expect((await withDeal.post(`/api/v1/leads/${l.id}/convert`, { create_client: true, deal: {} })).json().required_scope).toBe(
        'write:deals',
      );
      expectStatus(await withDeal.post(`/api/v1/leads/${l.id}/convert`, { create_client: true }), 200);
      const d = await deal(manager);
      const dealsOnly = await tokenClient(manager, ['write:deals']);
      expect((await dealsOnly.post(`/api/v1/deals/${d.id}/win`, { create_project: true })).json().required_scope).toBe('write:projects');
      expect((await dealsOnly.post(`/api/v1/deals/${d.id}/win`, {})).statusCode).toBe(200);
    });

    it('a user may hold all six scopes', async () => {
      const scopes = ['read:deals', 'write:deals', 'read:leads', 'write:leads', 'read:contacts', 'write:contacts'];
      expect(expectStatus(await user.post('/api/v1/api-tokens', { name: 'crm', scopes, expires_in_days: 1 })).scopes).toEqual(scopes);
    });
  });

  describe('denials on every route', () => {
    const ROUTES: [string, string, Body?][] = [
      ['GET', '/api/v1/leads'],
      ['POST', '/api/v1/leads', { name: 'x' }],
      ['GET', '/api/v1/leads/1'],
      ['PUT', '/api/v1/leads/1', { notes: 'x' }],
      ['PATCH', '/api/v1/leads/1', { notes: 'x' }],
      ['DELETE', '/api/v1/leads/1'],
      ['POST', '/api/v1/leads/1/convert', { create_client: true }],
      ['GET', '/api/v1/deals'],
      ['GET', '/api/v1/deals/stages'],
      ['POST', '/api/v1/deals', { name: 'x' }],
      ['GET', '/api/v1/deals/1'],
      ['PUT', '/api/v1/deals/1', { notes: 'x' }],
      ['PATCH', '/api/v1/deals/1', { notes: 'x' }],
      ['DELETE', '/api/v1/deals/1'],
      ['POST', '/api/v1/deals/1/win', {}],
      ['POST', '/api/v1/deals/1/lose', { reason: 'x' }],
      ['GET', '/api/v1/clients/1/contacts'],
      ['POST', '/api/v1/clients/1/contacts', { first_name: 'x' }],
      ['GET', '/api/v1/contacts/1'],
      ['PUT', '/api/v1/contacts/1', { title: 'x' }],
      ['PATCH', '/api/v1/contacts/1', { title: 'x' }],
      ['DELETE', '/api/v1/contacts/1'],
    ];

    it('anonymous callers get 401 and a user without any role 403 naming the permission, on every route', async () => {
      const anon = anonymous(t.app);
      for (const [method, url, body] of ROUTES) {
        const a = await anon.request(method as 'GET', url, body);
        expect(a.statusCode, `${method} ${url}`).toBe(401);
        const n = await nobody.request(method as 'GET', url, body);
        expect(n.statusCode, `${method} ${url}`).toBe(403);
        expect(n.json().required_permission, `${method} ${url}`).toMatch(/_(leads|deals|contacts)$/);
      }
    });

    it('what the system roles may not do: 403 naming the missing permission', async () => {
      const l = await lead(manager);
      const d = await deal(manager);
      const c = await contact(manager, (await createClient(manager)).id);
      const cases: [Client, string, string, Body | undefined, string][] = [
        [viewer, 'POST', '/api/v1/leads', { name: 'x' }, 'create_leads'],
        [viewer, 'PATCH', `/api/v1/leads/${l.id}`, { notes: 'x' }, 'edit_own_leads'],
        [viewer, 'PUT', `/api/v1/leads/${l.id}`, { notes: 'x' }, 'edit_own_leads'],
        [user, 'DELETE', `/api/v1/leads/${l.id}`, undefined, 'delete_leads'],
        [user, 'POST', `/api/v1/leads/${l.id}/convert`, { create_client: true }, 'convert_leads'],
        [viewer, 'POST', '/api/v1/deals', { name: 'x' }, 'create_deals'],
        [viewer, 'PATCH', `/api/v1/deals/${d.id}`, { notes: 'x' }, 'edit_own_deals'],
        [viewer, 'PUT', `/api/v1/deals/${d.id}`, { notes: 'x' }, 'edit_own_deals'],
        [viewer, 'POST', `/api/v1/deals/${d.id}/win`, {}, 'edit_own_deals'],
        [viewer, 'POST', `/api/v1/deals/${d.id}/lose`, { reason: 'x' }, 'edit_own_deals'],
        [user, 'DELETE', `/api/v1/deals/${d.id}`, undefined, 'delete_deals'],
        [viewer, 'POST', `/api/v1/clients/${c.client_id}/contacts`, { first_name: 'x' }, 'create_contacts'],
        [user, 'PUT', `/api/v1/contacts/${c.id}`, { title: 'x' }, 'edit_contacts'],
        [user, 'PATCH', `/api/v1/contacts/${c.id}`, { title: 'x' }, 'edit_contacts'],
        [user, 'DELETE', `/api/v1/contacts/${c.id}`, undefined, 'delete_contacts'],
      ];
      for (const [who, method, url, body, permission] of cases) {
        const res = await who.request(method as 'GET', url, body);
        expect(res.statusCode, `${method} ${url}`).toBe(403);
        expect(res.json(), `${method} ${url}`).toMatchObject({ code: 'forbidden', required_permission: permission });
      }
      // The manager's records are someone else's: the viewer and the user see 404, never 403.
      for (const who of [viewer, user]) {
        expect((await who.get(`/api/v1/leads/${l.id}`)).statusCode).toBe(404);
        expect((await who.get(`/api/v1/deals/${d.id}`)).statusCode).toBe(404);
      }
    });
  });

  it('GET /info lists the deals, leads and contacts endpoints with their scopes', async () => {
    const info = expectStatus(await anonymous(t.app).get('/api/v1/info'), 200);
    const endpoints = info.endpoints as { method: string; path: string; scope: string | null }[];
    for (const [method, path, scope] of [
      ['GET', '/api/v1/deals', 'read:deals'],
      ['POST', '/api/v1/deals/:id/win', 'write:deals'],
      ['GET', '/api/v1/leads', 'read:leads'],
      ['POST', '/api/v1/leads/:id/convert', 'write:leads'],
      ['GET', '/api/v1/clients/:id/contacts', 'read:contacts'],
      ['DELETE', '/api/v1/contacts/:id', 'write:contacts'],
    ]) {
      expect(endpoints.find((e) => e.method === method && e.path === path)?.scope, `${method} ${path}`).toBe(scope);
    }
    const names = (info.scopes as { name: string }[]).map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['read:deals', 'write:deals', 'read:leads', 'write:leads', 'read:contacts', 'write:contacts']),
    );
  });
});
