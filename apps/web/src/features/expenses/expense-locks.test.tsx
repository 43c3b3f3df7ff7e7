import { SYSTEM_ROLES } from '@timekeeper/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { API, projectAccessBody, routes, signedIn, testUser, ACME_PROJECT, projectsRoute } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import type { Expense } from './api/types';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();
const PROJECT = ACME_PROJECT;

function expense(id: number, description: string, invoice_id: number | null): Expense {
  const day = `2026-03-0${id}`;
  return {
    id,
    user_id: testUser.id,
    user: { id: testUser.id, name: testUser.name },
    project_id: PROJECT.id,
    date: day,
    amount: 12.5,
    currency: 'EUR',
    category: 'travel',
    description,
    billable: true,
    invoice_id,
    created_at: `${day}T10:00:00.000Z`,
    updated_at: `${day}T10:00:00.000Z`,
  };
}

describe('billed expenses offer no Edit or Delete, and say why', { timeout: 20_000 }, () => {
  it('an own expense on an invoice shows the lock and names the invoice where the person may open it', async () => {
    const expenses = [expense(1, 'Train to the client', null), expense(2, 'Hotel, billed', 12)];
    server.respondWith(
      routes({
        ...signedIn([...SYSTEM_ROLES.user.permissions, 'view_all_invoices']),
        ...projectsRoute(),
        [`GET ${API}/projects/${PROJECT.id}/access`]: () => [
          200,
          projectAccessBody(PROJECT.id, {
            level: 'edit_financials',
            access_level: 'financial',
            permissions_label: 'edit',
            actions: ['view_project', 'log_own_time', 'log_own_expenses', 'view_financials', 'edit_financials'],
          }),
        ],
        [`GET ${API}/expenses`]: () => [200, { expenses, pagination: { page: 1, per_page: 50, total: expenses.length, pages: 1 } }],
        [`GET ${API}/invoices/12`]: () => [200, { id: 12, number: 'INV-0012' }],
      }),
    );
    renderApp('/expenses');

    const table = await screen.findByRole('table', { name: 'Expenses' }, WAIT);
    await within(table).findAllByRole('button', { name: /^Edit expense/ }, WAIT);
    const row = (text: string) => within(table).getByText(text).closest('tr')!;
    expect(within(row('Train to the client')).queryByRole('button', { name: /^Edit / })).not.toBeNull();
    expect(within(row('Train to the client')).queryByRole('button', { name: /^Delete / })).not.toBeNull();
    const billed = row('Hotel, billed');
    expect(within(billed).queryByRole('button', { name: /^Edit / })).toBeNull();
    expect(within(billed).queryByRole('button', { name: /^Delete / })).toBeNull();
    expect((await within(billed).findByRole('link', { name: 'INV-0012' }, WAIT)).getAttribute('href')).toBe('/invoices/12');
  });
});
