import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Permission } from '@timekeeper/shared';
import { describe, expect, it } from 'vitest';
import { API, errorBody, pathOf, routes, signedIn, testUser, type RouteTable } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import { setupTestApiServer } from '@test/setup-test-api-server';
import type { Deal } from '../api/types';

const server = setupTestApiServer();

const STAGES = ['prospecting', 'qualification', 'proposal', 'negotiation'];
const SALES: Permission[] = ['view_own_time_entries', 'view_own_deals', 'create_deals', 'edit_own_deals', 'view_clients'];

function makeDeal(id: number, name: string, stage: string, patch: Partial<Deal> = {}): Deal {
  return {
    id,
    name,
    client_id: 3,
    client: { id: 3, name: 'Globex' },
    contact_id: null,
    owner_id: testUser.id,
    owner: { id: testUser.id, name: testUser.name },
    status: 'open',
    stage,
    value_amount: 1200,
    currency: 'EUR',
    probability: null,
    expected_close_date: null,
    closed_at: null,
    lost_reason: null,
    project_id: null,
    notes: '',
    created_at: '2026-12-01T09:00:00.000Z',
    updated_at: '2026-12-01T09:00:00.000Z',
    ...patch,
  };
}

/** The deals routes over `deals`; PATCH answers with `patch` (the moved deal by default). */
function dealsApi(deals: Deal[], patch?: (deal: Deal, body: Partial<Deal>) => [number, unknown], extra: RouteTable = {}) {
  server.respondWith(
    routes({
      ...signedIn(SALES),
      [`GET ${API}/deals/stages`]: () => [200, { stages: STAGES }],
      [`GET ${API}/deals`]: () => [200, { deals, pagination: { page: 1, per_page: 100, total: deals.length, pages: 1 } }],
      ...Object.fromEntries(
        deals.map((d) => [
          `PATCH ${API}/deals/${d.id}`,
          (request) => {
            const body = JSON.parse(request.body) as Partial<Deal>;
            if (patch) return patch(d, body);
            Object.assign(d, body);
            return [200, d];
          },
        ]),
      ),
      ...extra,
    }),
  );
}

const column = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });

describe('deals board', { timeout: 20_000 }, () => {
  it('shows a column per stage with its deals, count and total', async () => {
    dealsApi([
      makeDeal(1, 'Website', 'proposal'),
      makeDeal(2, 'Audit', 'proposal', { value_amount: 800 }),
      makeDeal(3, 'Intro', 'prospecting'),
    ]);
    renderApp('/deals');
    await screen.findByText('Website', undefined, WAIT);
    const proposal = column('Proposal');
    expect(
      within(proposal)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('p')?.textContent),
    ).toEqual(['Website', 'Audit']);
    expect(within(proposal).getByText('2')).toBeTruthy();
    expect(within(proposal).getByText('€2,000.00')).toBeTruthy();
    expect(within(column('Qualification')).getByText('No deals')).toBeTruthy();
  });

  it('moves a deal with its Stage select (PATCH {stage}) and shows it in the new column', async () => {
    const deals = [makeDeal(1, 'Website', 'proposal')];
    dealsApi(deals);
    const user = userEvent.setup();
    renderApp('/deals');
    await user.selectOptions(await screen.findByLabelText('Stage of Website', undefined, WAIT), 'negotiation');
    await waitFor(() => expect(within(column('Negotiation')).queryByText('Website')).toBeTruthy());
    const patch = server.requests.find((r) => r.method === 'PATCH');
    expect(pathOf(patch!)).toBe(`${API}/deals/1`);
    expect(JSON.parse(patch!.body)).toEqual({ stage: 'negotiation' });
  });

  it('puts a refused move back in its stage and says why', async () => {
    dealsApi([makeDeal(1, 'Website', 'proposal')], () => [400, errorBody('validation_error', 'stage must be one of the deal stages')]);
    const user = userEvent.setup();
    renderApp('/deals');
    await user.selectOptions(await screen.findByLabelText('Stage of Website', undefined, WAIT), 'negotiation');
    expect(await screen.findByText(/Could not move Website/, undefined, WAIT)).toBeTruthy();
    await waitFor(() => expect(within(column('Proposal')).queryByText('Website')).toBeTruthy());
    expect(within(column('Negotiation')).queryByText('Website')).toBeNull();
  });

  it('offers no move on a deal of someone else without edit_all_deals', async () => {
    dealsApi([makeDeal(1, 'Theirs', 'proposal', { owner_id: 99, owner: { id: 99, name: 'Other' } })]);
    renderApp('/deals');
    await screen.findByText('Theirs', undefined, WAIT);
    expect(screen.queryByLabelText('Stage of Theirs')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move Theirs' })).toBeNull();
  });

  it('requires a reason to lose a deal and sends it', async () => {
    const deals = [makeDeal(1, 'Website', 'proposal')];
    dealsApi(deals, undefined, {
      [`POST ${API}/deals/1/lose`]: (request) => [
        200,
        { ...deals[0], status: 'lost', lost_reason: (JSON.parse(request.body) as { reason: string }).reason },
      ],
    });
    const user = userEvent.setup();
    renderApp('/deals');
    await user.click(await screen.findByRole('button', { name: 'Lose Website' }, WAIT));
    const dialog = await screen.findByRole('dialog', { name: 'Lose Website' });
    await user.click(within(dialog).getByRole('button', { name: 'Mark as lost' }));
    expect(within(dialog).getByText('Say why the deal was lost.')).toBeTruthy();
    expect(server.requests.some((r) => r.method === 'POST')).toBe(false);
    await user.type(within(dialog).getByLabelText(/Why was it lost/), 'Went with a cheaper offer');
    await user.click(within(dialog).getByRole('button', { name: 'Mark as lost' }));
    await waitFor(() => expect(server.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = server.requests.find((r) => r.method === 'POST')!;
    expect(JSON.parse(post.body)).toEqual({ reason: 'Went with a cheaper offer' });
  });

  it('keeps the deal’s client when someone who cannot see clients edits it (never sends client_id)', async () => {
    const deals = [makeDeal(1, 'Website', 'proposal', { contact_id: 5 })];
    server.respondWith(
      routes({
        ...signedIn(['view_own_time_entries', 'view_own_deals', 'edit_own_deals']),
        [`GET ${API}/deals/stages`]: () => [200, { stages: STAGES }],
        [`GET ${API}/deals`]: () => [200, { deals, pagination: { page: 1, per_page: 100, total: 1, pages: 1 } }],
        [`PATCH ${API}/deals/1`]: () => [200, deals[0]],
      }),
    );
    const user = userEvent.setup();
    renderApp('/deals');
    await user.click(await screen.findByRole('button', { name: 'Edit Website' }, WAIT));
    const dialog = await screen.findByRole('dialog', { name: 'Edit deal' });
    expect(within(dialog).queryByRole('combobox', { name: 'Client' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(server.requests.some((r) => r.method === 'PATCH')).toBe(true));
    const body = JSON.parse(server.requests.find((r) => r.method === 'PATCH')!.body) as Record<string, unknown>;
    expect(body).not.toHaveProperty('client_id');
    expect(body).not.toHaveProperty('contact_id');
    expect(body).toMatchObject({ name: 'Website', value_amount: 1200 });
  });
});
