import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorMessage } from '@/components/ui/error-message';
import { NotFoundRoute } from './not-found';

/** Rendered instead of the layout when a route throws while loading or rendering. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
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
