import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { useDocumentTitle } from '../page-title';
import { OTHER_PAGES } from '../pages';
import { NotFoundRoute } from './not-found';

/**
 * A page's code that could not be fetched. Each page is its own file, loaded on the first visit;
 * after an update the server has only the new files, so a tab opened before it finds the old one gone.
 * (The wording differs by browser: Chromium, Firefox, Safari; Vite's own preload error.)
 */
export function isPageLoadError(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed|Unable to preload CSS/.test(error.message);
}

/** Rendered instead of the layout when a route throws while loading or rendering. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  // This element replaces the root route's, which titles every other page.
  useDocumentTitle(notFound ? OTHER_PAGES.notFound : OTHER_PAGES.error);
  if (notFound) {
    return (
      <main className="px-4 py-8">
        <NotFoundRoute />
      </main>
    );
  }
  if (isPageLoadError(error)) {
    return (
      <main className="mx-auto max-w-md px-4 py-8">
        <h1 className="mb-4 text-2xl font-bold tracking-tight text-fg">This page could not load</h1>
        <p className="mb-6 text-fg-muted">
          Timekeeper may have been updated since you opened it, or the connection dropped. Reload to continue where you were.
        </p>
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </main>
    );
  }
  return (
    <main className="mx-auto max-w-md px-4 py-8">
      <h1 className="mb-4 text-2xl font-bold tracking-tight text-fg">Something went wrong</h1>
      <ErrorMessage error={error} />
    </main>
  );
}
