import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Link, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderApp, WAIT } from '@test/render-app';
import { RootRoute } from './root-route';

describe('moving to a page whose code is still on its way', () => {
  it('shows a loading bar until the page is there, and names the tab after it', async () => {
    let arrive: (page: { element: ReactNode }) => void = () => undefined;
    const table: RouteObject[] = [
      {
        Component: RootRoute,
        HydrateFallback: () => null,
        children: [
          { path: '/', handle: { title: 'Start' }, element: <Link to="/reports">Reports</Link> },
          {
            path: '/reports',
            handle: { title: 'Reports' },
            lazy: () => new Promise<{ element: ReactNode }>((resolve) => (arrive = resolve)),
          },
        ],
      },
    ];
    renderApp('/', table);
    await waitFor(() => expect(document.title).toBe('Start — Timekeeper'), WAIT);
    expect(screen.queryByRole('progressbar')).toBeNull();

    await userEvent.setup().click(await screen.findByRole('link', { name: 'Reports' }, WAIT));
    expect(await screen.findByRole('progressbar', { name: 'Loading the page' }, WAIT)).toBeTruthy();

    arrive({ element: <h1>Reports</h1> });
    expect(await screen.findByRole('heading', { name: 'Reports' }, WAIT)).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    await waitFor(() => expect(document.title).toBe('Reports — Timekeeper'));
  });
});
