import type { Permission } from '@timekeeper/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes, signedIn } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import { setupTestApiServer } from '@test/setup-test-api-server';
import { DocPage } from './components/doc-page';
import { ADMIN_PERMISSIONS, findDoc, renderedDocPaths, resolveDocLink } from './lib/docs';

const server = setupTestApiServer();

async function renderHelp(permissions: Permission[]) {
  server.respondWith(routes(signedIn(permissions)));
  renderApp('/help');
  await screen.findByRole('heading', { name: 'Tracking time and expenses' }, WAIT);
}

describe('help page', { timeout: 20_000 }, () => {
  it('links the guides by role, opened in the app, without naming repository folders', async () => {
    await renderHelp(['view_own_time_entries']);

    expect(screen.getByRole('heading', { name: 'Help', level: 1 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tracking time and expenses' }).getAttribute('href')).toBe('/help/docs/guides/tracking-time');
    expect(screen.getByRole('link', { name: 'profile' }).getAttribute('href')).toBe('/profile');
    expect(document.body.textContent).not.toMatch(/docs\/|\.md\b/);
    // Integrations are for those who may create API tokens.
    expect(screen.queryByRole('heading', { name: 'Integrations' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Sales: leads, deals and contacts' })).toBeNull();
  });

  it('shows integrations, with the API reference of this instance, to those who may create API tokens', async () => {
    await renderHelp(['view_own_time_entries', 'manage_own_api_tokens']);

    expect(screen.getByRole('heading', { name: 'Integrations' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'interactive API reference' }).getAttribute('href')).toBe('/api/docs');
    expect(screen.getByRole('link', { name: 'REST API guide' }).getAttribute('href')).toBe('/help/docs/api');
    expect(screen.queryByRole('heading', { name: 'Running the organisation' })).toBeNull();
  });

  it('shows the sales guide only to those who work with leads or deals', async () => {
    await renderHelp(['view_own_time_entries', 'view_own_deals']);

    expect(screen.getByText('For people who work with leads, deals and client contacts.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sales: leads, deals and contacts' }).getAttribute('href')).toBe('/help/docs/guides/sales');
  });

  it('shows the administration pages for any administrative permission, e.g. view_audit_logs alone', async () => {
    await renderHelp(['view_own_time_entries', 'view_audit_logs']);

    expect(screen.getByRole('heading', { name: 'Running the organisation' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Security' }).getAttribute('href')).toBe('/help/docs/admin/security');
    expect(screen.queryByRole('link', { name: 'Why can / can’t' })).toBeNull();
  });

  it('opens a guide in the app, rendered from its Markdown', async () => {
    server.respondWith(routes(signedIn(['view_own_time_entries'])));
    renderApp('/help/docs/guides/approvals');
    expect(await screen.findByRole('heading', { name: 'Approving time', level: 1 }, WAIT)).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Help' }).getAttribute('href')).toBe('/help');
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

describe('the rendered documentation', { timeout: 120_000 }, () => {
  it('resolves links between pages, and leaves repository files unlinked', () => {
    expect(resolveDocLink('guides/tracking-time.md', '../api/time-entries.md#idempotency-key')).toBe(
      '/help/docs/api/time-entries#idempotency-key',
    );
    expect(resolveDocLink('guides/tracking-time.md', 'approvals.md')).toBe('/help/docs/guides/approvals');
    expect(resolveDocLink('admin/README.md', 'security/README.md')).toBe('/help/docs/admin/security');
    expect(resolveDocLink('admin/README.md', 'security/')).toBe('/help/docs/admin/security');
    expect(resolveDocLink('guides/README.md', '#on-a-phone')).toBe('#on-a-phone');
    expect(resolveDocLink('guides/README.md', 'https://example.com/x')).toBe('https://example.com/x');
    expect(resolveDocLink('admin/README.md', '../development/README.md')).toBeNull();
    expect(resolveDocLink('api/README.md', '../../apps/api/src/routes.ts')).toBeNull();
  });

  it('renders every page, and every link in them leads to a rendered page and an existing section', async () => {
    const paths = renderedDocPaths();
    expect(paths).toEqual(
      expect.arrayContaining(['/help/docs/guides', '/help/docs/guides/tracking-time', '/help/docs/admin/security', '/help/docs/api']),
    );
    const anchors = new Map<string, Set<string>>();
    const links: { from: string; href: string }[] = [];
    for (const path of paths) {
      render(
        <QueryClientProvider client={new QueryClient()}>
          <MemoryRouter initialEntries={[path]}>
            <DocPage path={path} />
          </MemoryRouter>
        </QueryClientProvider>,
      );
      await screen.findByRole('heading', { level: 1 }, WAIT);
      anchors.set(path, new Set([...document.querySelectorAll('[id]')].map((e) => e.id)));
      for (const a of document.querySelectorAll('article a')) links.push({ from: path, href: a.getAttribute('href') ?? '' });
      cleanup();
    }
    const broken = links.filter(({ from, href }) => {
      if (/^(https?:|mailto:)/.test(href) || href.startsWith('/api/')) return false;
      const [target = '', hash] = href.split('#');
      const page = target === '' ? from : target;
      if (!findDoc(page)) return true;
      return hash !== undefined && !anchors.get(page)?.has(decodeURIComponent(hash));
    });
    expect(broken).toEqual([]);
  });
});
