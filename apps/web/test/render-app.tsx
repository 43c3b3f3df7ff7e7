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

/** Runs every lazy route's loader of `table`, so each page's code is compiled once, up front. */
async function loadEveryPage(table: RouteObject[]): Promise<void> {
  await Promise.all(
    table.map(async (route) => Promise.all([typeof route.lazy === 'function' ? route.lazy() : null, loadEveryPage(route.children ?? [])])),
  );
}

// Pages load lazily in the app (src/app/router.tsx). A test file that renders the app compiles them all
// while it is imported, as before, so the first page a test opens does not spend its wait compiling.
await loadEveryPage(routes);

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
