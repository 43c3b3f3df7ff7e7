import { SYSTEM_ROLES, type Permission, type ProjectAction } from '@timekeeper/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { API, countRequests, errorBody, routes, signedIn, type RouteTable, ACME_PROJECT, projectsRoute } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import type { Invoice } from './api/types';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();

const page = (total: number) => ({ page: 1, per_page: 25, total, pages: 1 });
const PROJECT = ACME_PROJECT;

const DRAFT: Invoice = {
  id: 12,
  number: 'INV-2026-00012',
  client_id: 1,
  project_id: 3,
  status: 'draft',
  currency: 'EUR',
  issue_date: '2026-03-10',
  due_date: null,
  period_start: '2026-03-02',
  period_end: '2026-03-08',
  tax_rate: 19,
  subtotal: 420,
  tax_amount: 79.8,
  total: 499.8,
  amount_paid: 0,
  balance: 499.8,
  notes: '',
  created_by: 7,
  created_at: '2026-03-10T10:00:00.000Z',
  sent_at: null,
  paid_at: null,
  voided_at: null,
  client: { id: 1, name: 'Acme Corporation', email: 'ap@acme.test', address: '1 Acme Way\nSpringfield' },
  project: { id: 3, name: PROJECT.name },
  lines: [
    {
      id: 1,
      position: 1,
      description: '2026-03-02 · Dana Developer · Front-end build',
      quantity: 3.5,
      unit_price: 120,
      amount: 420,
      time_entry_id: 101,
      expense_id: null,
    },
  ],
  payments: [],
};

function api(permissions: readonly Permission[], actions: ProjectAction[], extra: RouteTable = {}): RouteTable {
  return {
    ...signedIn([...permissions]),
    ...projectsRoute(),
    [`GET ${API}/clients`]: () => [200, { clients: [{ id: 1, name: 'Acme Corporation', status: 'active' }], pagination: page(1) }],
    [`GET ${API}/projects/3/access`]: () => [
      200,
      {
        project_id: 3,
        level: 'view_financials',
        access_level: 'financial',
        permissions_label: 'view_only',
        level_source: 'participation',
        is_member: true,
        flags: {},
        actions,
      },
    ],
    [`GET ${API}/invoices`]: () => [200, { invoices: [], pagination: page(0) }],
    [`GET ${API}/invoices/12`]: () => [200, DRAFT],
    ...extra,
  };
}

describe('invoices pages', { timeout: 20_000 }, () => {
  it('shows a member without create_invoices an empty list and no "New invoice from time"', async () => {
    server.respondWith(routes(api(SYSTEM_ROLES.user.permissions, ['view_project'])));
    renderApp('/invoices');

    expect(await screen.findByText('No invoices yet', undefined, WAIT)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Invoices', level: 1 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New invoice from time' })).toBeNull();
  });

  it('hides Send and Delete on a draft when the project level does not allow invoicing, even with the permissions', async () => {
    server.respondWith(
      routes(api(['view_all_invoices', 'send_invoices', 'delete_invoices', 'view_projects'], ['view_project', 'view_financials'])),
    );
    renderApp('/invoices/12');

    expect(await screen.findByRole('heading', { name: /INV-2026-00012/, level: 1 }, WAIT)).toBeTruthy();
    // The tab names the invoice, not only "Invoice".
    await waitFor(() => expect(document.title).toBe('INV-2026-00012 — Invoice — Timekeeper'));
    expect(screen.getByRole('link', { name: /Print view/ }).getAttribute('href')).toBe('/invoices/12/print');
    expect(within(screen.getByRole('table', { name: 'Invoice lines' })).getByText(/Dana Developer/)).toBeTruthy();
    const totals = screen.getByLabelText('Totals');
    expect(totals.textContent).toContain('499.80');
    // The buttons wait for the project's access answer: only after it is their absence meaningful.
    await waitFor(() => expect(countRequests(server.requests, 'GET', `${API}/projects/3/access`)).toBe(1), WAIT);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByRole('link', { name: /Print view/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Send/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit draft/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Delete draft/ })).toBeNull();
  });

  it('offers Send with the invoice action, and shows why the API refused', async () => {
    server.respondWith(
      routes(
        api(['view_all_invoices', 'send_invoices', 'view_projects'], ['view_project', 'view_financials', 'invoice'], {
          [`POST ${API}/invoices/12/send`]: () => [422, errorBody('unprocessable', 'An invoice without a positive total cannot be sent')],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/invoices/12');

    await user.click(await screen.findByRole('button', { name: /Send/ }, WAIT));
    const dialog = await screen.findByRole('dialog', { name: 'Send INV-2026-00012?' });
    await user.click(within(dialog).getByRole('button', { name: 'Mark as sent' }));
    expect(await within(dialog).findByText('An invoice without a positive total cannot be sent', undefined, WAIT)).toBeTruthy();
  });

  it('says clearly when there is nothing to invoice in the period', async () => {
    server.respondWith(
      routes(
        api(SYSTEM_ROLES.manager.permissions, ['view_project', 'invoice'], {
          [`POST ${API}/invoices/from-time-entries`]: () => [
            422,
            errorBody('unprocessable', 'Nothing to invoice: no unbilled billable time or expenses in this period'),
          ],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/invoices');

    await user.click(await screen.findByRole('button', { name: 'New invoice from time' }, WAIT));
    const form = await screen.findByRole('form', { name: 'New invoice from time' }, WAIT);
    await user.click(within(form).getByRole('combobox', { name: 'Project' }));
    await user.click(await screen.findByRole('option', { name: new RegExp(PROJECT.name) }, WAIT));
    await user.click(within(form).getByRole('button', { name: 'Create draft' }));
    const alert = await within(form).findByRole('alert', undefined, WAIT);
    expect(alert.textContent).toContain('No draft was created');
    expect(alert.textContent).toContain('Nothing to invoice');
  });

  it('edits a draft’s lines: the amount follows the typing, and the complete list is sent with the kept line’s id', async () => {
    const bodies: unknown[] = [];
    server.respondWith(
      routes(
        api(['view_all_invoices', 'edit_invoices', 'view_projects'], ['view_project', 'view_financials', 'invoice'], {
          [`PUT ${API}/invoices/12`]: (request) => {
            bodies.push(JSON.parse(request.body));
            return [200, DRAFT];
          },
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/invoices/12');

    await user.click(await screen.findByRole('button', { name: /Edit draft/ }, WAIT));
    const form = await screen.findByRole('form', { name: 'Edit INV-2026-00012' }, WAIT);
    const quantity = within(form).getAllByRole('textbox', { name: 'Quantity' })[0]!;
    await user.clear(quantity);
    await user.type(quantity, '4');
    expect(within(form).getByLabelText('Amount of line 1').textContent).toContain('480.00');
    await user.click(within(form).getByRole('button', { name: 'Add line' }));
    await user.type(within(form).getAllByRole('textbox', { name: 'Description' })[1]!, 'Hosting, March');
    await user.type(within(form).getAllByRole('textbox', { name: 'Unit price (EUR)' })[1]!, '25');
    await user.click(within(form).getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(bodies).toHaveLength(1), WAIT);
    expect(bodies[0]).toEqual({
      issue_date: '2026-03-10',
      due_date: null,
      tax_rate: 19,
      notes: '',
      lines: [
        { id: 1, description: DRAFT.lines[0]!.description, quantity: 4, unit_price: 120 },
        { description: 'Hosting, March', quantity: 1, unit_price: 25 },
      ],
    });
  });

  it('says why a sent invoice cannot be edited, and offers no Edit', async () => {
    server.respondWith(
      routes(
        api(['view_all_invoices', 'edit_invoices', 'view_projects'], ['view_project', 'view_financials', 'invoice'], {
          [`GET ${API}/invoices/12`]: () => [200, { ...DRAFT, status: 'sent', sent_at: '2026-03-11T09:00:00.000Z' }],
        }),
      ),
    );
    renderApp('/invoices/12');
    expect(await screen.findByText(/Sent invoices cannot be changed/, undefined, WAIT)).toBeTruthy();
    await waitFor(() => expect(countRequests(server.requests, 'GET', `${API}/projects/3/access`)).toBe(1), WAIT);
    expect(screen.queryByRole('button', { name: /Edit draft/ })).toBeNull();
  });
});
