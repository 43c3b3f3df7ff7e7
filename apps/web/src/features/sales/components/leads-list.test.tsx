import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Permission } from '@timekeeper/shared';
import { describe, expect, it } from 'vitest';
import { API, errorBody, routes, signedIn, testUser, type RouteTable } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import { setupTestApiServer } from '@test/setup-test-api-server';
import type { Lead } from '../api/types';

const server = setupTestApiServer();

const MANAGER: Permission[] = [
  'view_own_time_entries',
  'view_own_leads',
  'view_all_leads',
  'edit_own_leads',
  'edit_all_leads',
  'convert_leads',
  'create_clients',
  'create_deals',
  'view_clients',
];

function makeLead(id: number, name: string, patch: Partial<Lead> = {}): Lead {
  return {
    id,
    name,
    company: 'Massive Dynamic',
    email: 'nina@massive.example',
    phone: null,
    source: 'conference',
    status: 'qualified',
    owner_id: testUser.id,
    owner: { id: testUser.id, name: testUser.name },
    estimated_value: 45000,
    currency: 'EUR',
    notes: '',
    converted_at: null,
    client_id: null,
    deal_id: null,
    created_at: '2026-12-01T09:00:00.000Z',
    updated_at: '2026-12-01T09:00:00.000Z',
    ...patch,
  };
}

function leadsApi(leads: Lead[], permissions: Permission[], extra: RouteTable = {}) {
  server.respondWith(
    routes({
      ...signedIn(permissions),
      [`GET ${API}/leads`]: () => [200, { leads, pagination: { page: 1, per_page: 25, total: leads.length, pages: 1 } }],
      [`GET ${API}/deals/stages`]: () => [200, { stages: ['prospecting', 'proposal'] }],
      ...extra,
    }),
  );
}

const posts = () => server.requests.filter((r) => r.method === 'POST');

describe('leads', { timeout: 20_000 }, () => {
  it('converts a lead into a new client with a deal in the chosen stage, then links to both', async () => {
    leadsApi([makeLead(12, 'Nina Sharp')], MANAGER, {
      [`POST ${API}/leads/12/convert`]: () => [
        200,
        {
          lead: makeLead(12, 'Nina Sharp', { status: 'converted', client_id: 30, deal_id: 40 }),
          client: { id: 30, name: 'Massive Dynamic' },
          contact: { id: 50, client_id: 30, first_name: 'Nina', last_name: 'Sharp' },
          deal: { id: 40, name: 'Massive deal' },
        },
      ],
    });
    const user = userEvent.setup();
    renderApp('/leads');
    await user.click(await screen.findByRole('button', { name: 'Convert Nina Sharp' }, WAIT));
    const dialog = await screen.findByRole('dialog', { name: 'Convert Nina Sharp' });
    await user.clear(within(dialog).getByLabelText('Deal name'));
    await user.type(within(dialog).getByLabelText('Deal name'), 'Massive deal');
    await user.selectOptions(within(dialog).getByLabelText('Stage'), 'proposal');
    await user.click(within(dialog).getByRole('button', { name: 'Convert lead' }));

    expect(await within(dialog).findByText('Lead converted', undefined, WAIT)).toBeTruthy();
    expect(JSON.parse(posts()[0]!.body)).toEqual({ create_client: true, deal: { name: 'Massive deal', stage: 'proposal' } });
    expect(within(dialog).getByRole('link', { name: 'Massive Dynamic' }).getAttribute('href')).toBe('/clients/30');
    expect(within(dialog).getByRole('link', { name: 'Massive deal' }).getAttribute('href')).toBe('/deals?view=list&q=Massive%20deal');
  });

  it('asks for a client before converting into an existing one, and sends only client_id without a deal', async () => {
    leadsApi([makeLead(12, 'Nina Sharp')], ['view_own_time_entries', 'view_own_leads', 'edit_own_leads', 'convert_leads', 'view_clients']);
    const user = userEvent.setup();
    renderApp('/leads');
    await user.click(await screen.findByRole('button', { name: 'Convert Nina Sharp' }, WAIT));
    const dialog = await screen.findByRole('dialog', { name: 'Convert Nina Sharp' });
    // Without create_clients and create_deals: only an existing client, no deal.
    expect(within(dialog).queryByText(/Create a client/)).toBeNull();
    expect(within(dialog).queryByLabelText('Also create a deal')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Convert lead' }));
    expect(within(dialog).getByText('Choose the client this lead becomes part of.')).toBeTruthy();
    expect(posts()).toEqual([]);
  });

  it('shows a converted lead read-only, with the day and its client', async () => {
    leadsApi([makeLead(12, 'Nina Sharp', { status: 'converted', converted_at: '2026-12-03T10:00:00.000Z', client_id: 30 })], MANAGER);
    renderApp('/leads');
    const row = (await screen.findByText('Nina Sharp', undefined, WAIT)).closest('tr')!;
    expect(within(row).getByText('Converted leads are read-only')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: /Edit|Convert/ })).toBeNull();
    expect(within(row).getByRole('link', { name: 'View client' }).getAttribute('href')).toBe('/clients/30');
  });

  it('says which field the API refused next to it and keeps the dialog open', async () => {
    leadsApi([], ['view_own_time_entries', 'view_own_leads', 'create_leads'], {
      [`POST ${API}/leads`]: () => [
        400,
        errorBody('validation_error', 'Invalid body', { errors: [{ path: '/email', message: 'must match format "email"' }] }),
      ],
    });
    const user = userEvent.setup();
    renderApp('/leads');
    await user.click(await screen.findByRole('button', { name: 'Add lead' }, WAIT));
    const dialog = await screen.findByRole('dialog', { name: 'Add lead' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Ada');
    await user.type(within(dialog).getByLabelText('Email'), 'not-an-email');
    await user.type(within(dialog).getByLabelText('Estimated value'), 'lots');
    await user.click(within(dialog).getByRole('button', { name: 'Add lead' }));
    expect(within(dialog).getByText(/Type an amount/)).toBeTruthy();
    expect(posts()).toEqual([]);

    await user.clear(within(dialog).getByLabelText('Estimated value'));
    await user.type(within(dialog).getByLabelText('Estimated value'), '4,500.50');
    await user.click(within(dialog).getByRole('button', { name: 'Add lead' }));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(JSON.parse(posts()[0]!.body)).toMatchObject({ name: 'Ada', email: 'not-an-email', estimated_value: 4500.5, status: 'new' });
    await waitFor(() => expect(within(dialog).getByLabelText('Email').getAttribute('aria-invalid')).toBe('true'), WAIT);
    expect(within(dialog).getByText('Enter an email address like name@example.com')).toBeTruthy();
  });
});
