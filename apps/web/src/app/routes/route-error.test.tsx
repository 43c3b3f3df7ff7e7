import { screen } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderApp, WAIT } from '@test/render-app';
import { RouteError } from './route-error';

/** One page under the app's error element, whose code fails to load with `error`. */
function failingPage(error: Error): RouteObject[] {
  return [
    { HydrateFallback: () => null, errorElement: <RouteError />, children: [{ path: '/reports', lazy: () => Promise.reject(error) }] },
  ];
}

describe('a page that cannot load', () => {
  it.each([
    'Failed to fetch dynamically imported module: http://localhost/assets/reports-abc123.js',
    'error loading dynamically imported module: http://localhost/assets/reports-abc123.js',
    'Importing a module script failed.',
  ])('offers to reload when its code is gone after an update (%s)', async (message) => {
    renderApp('/reports', failingPage(new TypeError(message)));

    expect(await screen.findByRole('heading', { name: 'This page could not load' }, WAIT)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.queryByText(/dynamically imported|module script/)).toBeNull();
    expect(document.title).toBe('Something went wrong — Timekeeper');
  });

  it('shows any other error as it is', async () => {
    renderApp('/reports', failingPage(new Error('The chart could not be drawn')));

    expect(await screen.findByRole('heading', { name: 'Something went wrong' }, WAIT)).toBeTruthy();
    expect(screen.getByText('The chart could not be drawn')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });
});
