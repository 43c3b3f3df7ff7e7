import type { Permission } from '@timekeeper/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes, signedIn } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import { ADMIN_PERMISSIONS } from './lib/docs';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();

async function renderHelp(permissions: Permission[]) {
  server.respondWith(routes(signedIn(permissions)));
  renderApp('/help');
  await screen.findByRole('heading', { name: 'For users' }, WAIT);
}

describe('help page', { timeout: 20_000 }, () => {
  it('links the docs by role and the API reference of this instance', async () => {
    await renderHelp(['view_own_time_entries']);

    expect(screen.getByRole('heading', { name: 'Help', level: 1 })).toBeTruthy();
    expect(screen.getByText('Where can I get help?')).toBeTruthy();
    expect(screen.getByText('docs/guides/')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'For developers' })).toBeTruthy();
    expect(screen.getByText('docs/development/')).toBeTruthy();
    expect(screen.getByText('docs/api/')).toBeTruthy();
    expect(screen.getByRole('link', { name: '/api/docs' }).getAttribute('href')).toBe('/api/docs');
    expect(screen.getByRole('link', { name: 'profile' }).getAttribute('href')).toBe('/profile');
  });

  it('hides the administrator docs from people without an administrative permission', async () => {
    await renderHelp(['view_own_time_entries', 'view_projects', 'view_own_reports', 'manage_own_api_tokens']);

    expect(screen.queryByRole('heading', { name: 'For administrators' })).toBeNull();
    expect(screen.queryByText('docs/admin/security/')).toBeNull();
  });

  it('shows them for any administrative permission, e.g. view_audit_logs alone', async () => {
    await renderHelp(['view_own_time_entries', 'view_audit_logs']);

    expect(screen.getByRole('heading', { name: 'For administrators' })).toBeTruthy();
    for (const path of ['docs/admin/configuration/', 'docs/admin/deployment/', 'docs/admin/security/', 'docs/admin/monitoring/']) {
      expect(screen.getByText(path)).toBeTruthy();
    }
    expect(screen.queryByRole('link', { name: 'Why can / can’t' })).toBeNull();
  });

  it('derives the administrative permissions from the catalog', () => {
    expect(ADMIN_PERMISSIONS).toEqual(
      expect.arrayContaining([
        'view_users',
        'manage_user_roles',
        'manage_settings',
        'view_audit_logs',
        'manage_roles',
        'manage_api_tokens',
      ]),
    );
    expect(ADMIN_PERMISSIONS).not.toContain('manage_own_api_tokens');
    expect(ADMIN_PERMISSIONS).not.toContain('view_all_reports');
  });
});
