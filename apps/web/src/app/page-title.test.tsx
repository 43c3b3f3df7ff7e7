import { screen, waitFor } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes as fakeRoutes, signedIn, signedOut } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import { setupTestApiServer } from '@test/setup-test-api-server';
import { documentTitle } from './pages';
import { routes } from './router';

const server = setupTestApiServer();

/** Every route of the table that owns an address, with its path from the root. */
function pathRoutes(table: RouteObject[], parent = ''): { path: string; route: RouteObject }[] {
  return table.flatMap((route) => {
    const path = route.path ? `${parent}${route.path}` : parent;
    return [...(route.path ? [{ path, route }] : []), ...pathRoutes(route.children ?? [], path)];
  });
}

describe('page titles', { timeout: 20_000 }, () => {
  it('names every page of the route table', () => {
    const pages = pathRoutes(routes);
    expect(pages.length).toBeGreaterThan(20);
    const untitled = pages.filter(({ route }) => typeof (route.handle as { title?: unknown } | undefined)?.title !== 'string');
    expect(untitled.map(({ path }) => path)).toEqual([]);
  });

  it('reads "<page> — Timekeeper"', () => {
    expect(documentTitle('Time entries')).toBe('Time entries — Timekeeper');
    expect(documentTitle()).toBe('Timekeeper');
  });

  it.each([
    ['/time-entries', 'Time entries — Timekeeper'],
    ['/admin/roles', 'Roles & permissions — Timekeeper'],
    ['/no-such-page', 'Page not found — Timekeeper'],
  ])('titles %s signed in as "%s"', async (path, title) => {
    server.respondWith(fakeRoutes(signedIn(['view_own_time_entries', 'view_permissions'])));
    renderApp(path);

    await screen.findByRole('heading', { level: 1 }, WAIT);
    await waitFor(() => expect(document.title).toBe(title));
  });

  it('titles the sign-in page', async () => {
    server.respondWith(fakeRoutes(signedOut(false)));
    renderApp('/time-entries');

    expect(await screen.findByRole('heading', { name: 'Sign in to Timekeeper' }, WAIT)).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Sign in — Timekeeper'));
  });
});
