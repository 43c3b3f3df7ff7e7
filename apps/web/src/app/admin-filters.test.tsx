import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { API, queryOf, routes, signedIn, testUser, type RouteTable } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();
const PAGINATION = { page: 1, per_page: 25, total: 1, pages: 1 };
const ROLES = {
  roles: [
    {
      id: 2,
      name: 'manager',
      description: '',
      is_system_role: true,
      permissions: [],
      user_count: 1,
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    },
  ],
  statistics: { total_roles: 1, system_roles: 1, custom_roles: 0, users_with_roles: 1 },
};
const TOKEN = {
  id: 3,
  name: 'CI',
  description: '',
  prefix: 'tk_abc',
  scopes: ['read:projects'],
  allowed_ips: null,
  created_at: '2026-01-01T00:00:00.000Z',
  expires_at: '2027-01-01T00:00:00.000Z',
  last_used_at: null,
  last_used_ip: null,
  usage_count: 0,
  revoked_at: null,
  status: 'active',
  user: { id: 9, email: 'grace@example.test', name: 'Grace Hopper' },
};

function adminApi(): RouteTable {
  return {
    ...signedIn(['view_users', 'view_permissions', 'manage_api_tokens']),
    [`GET ${API}/users`]: () => [200, { users: [testUser], pagination: PAGINATION }],
    [`GET ${API}/roles`]: () => [200, ROLES],
    [`GET ${API}/admin/api-tokens`]: () => [200, { api_tokens: [TOKEN], pagination: PAGINATION }],
  };
}

const lastQuery = (path: string) => {
  const request = [...server.requests].reverse().find((r) => r.method === 'GET' && r.url.split('?')[0] === `${API}${path}`);
  return request ? queryOf(request) : undefined;
};

describe('admin list filters', { timeout: 20_000 }, () => {
  it('searches users on "Search" and filters by role and status at once, keeping the typed text', async () => {
    server.respondWith(routes(adminApi()));
    const user = userEvent.setup();
    renderApp('/admin/users');

    await user.type(await screen.findByLabelText('Search name or email', undefined, WAIT), 'ada');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(lastQuery('/users')?.get('q')).toBe('ada'), WAIT);

    await screen.findByRole('option', { name: 'manager' }, WAIT);
    await user.selectOptions(screen.getByLabelText('Role'), 'manager');
    await waitFor(() => expect(lastQuery('/users')?.get('role')).toBe('manager'), WAIT);
    await user.selectOptions(screen.getByLabelText('Status'), 'deactivated');
    await waitFor(() => expect(lastQuery('/users')?.get('is_active')).toBe('false'), WAIT);
    expect(lastQuery('/users')?.get('q')).toBe('ada');
  });

  it('filters everyone\'s tokens by status, and by owner until "Any owner" removes it', async () => {
    server.respondWith(routes(adminApi()));
    const user = userEvent.setup();
    renderApp('/admin/tokens');

    await user.click(await screen.findByRole('button', { name: /Grace Hopper/ }, WAIT));
    await waitFor(() => expect(lastQuery('/admin/api-tokens')?.get('user_id')).toBe('9'), WAIT);
    await user.selectOptions(screen.getByLabelText('Status'), 'revoked');
    await waitFor(() => expect(lastQuery('/admin/api-tokens')?.get('status')).toBe('revoked'), WAIT);
    expect(lastQuery('/admin/api-tokens')?.get('user_id')).toBe('9');

    await user.click(screen.getByRole('button', { name: 'Any owner' }));
    await waitFor(() => expect(lastQuery('/admin/api-tokens')?.has('user_id')).toBe(false), WAIT);
    expect(lastQuery('/admin/api-tokens')?.get('status')).toBe('revoked');
  });
});
