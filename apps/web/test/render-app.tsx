/**
 * Renders the whole app (real route table unless given, real query client, real API client) at a path,
 * against the local test API server. Test support only.
 */
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProviders } from '../src/app/providers';
import { createQueryClient } from '../src/app/query-client';
import { routes } from '../src/app/router';

/** Files run in parallel in the full suite: give the app time to settle. */
export const WAIT = { timeout: 5000 };

/** `routeTable` narrows the app to a few routes (e.g. one page and where it links to). */
export function renderApp(path: string, routeTable: RouteObject[] = routes) {
  const router = createMemoryRouter(routeTable, { initialEntries: [path] });
  const queryClient = createQueryClient();
  const result = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, queryClient, ...result };
}
