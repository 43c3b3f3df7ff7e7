import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorMessage } from '@/components/ui/error-message';
import { useDocumentTitle } from '../page-title';
import { OTHER_PAGES } from '../pages';
import { NotFoundRoute } from './not-found';

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
  return (
    <main className="mx-auto max-w-md px-4 py-8">
      <h1 className="mb-4 text-2xl font-bold tracking-tight text-slate-900">Something went wrong</h1>
      <ErrorMessage error={error} />
    </main>
  );
}
