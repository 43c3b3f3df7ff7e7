import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <div className="mx-auto max-w-md text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-slate-900">Page not found</h1>
      <p className="mt-2 text-slate-600">There is no page at this address.</p>
      <Link to="/" className="mt-6 inline-block text-sm font-semibold text-indigo-600 hover:text-indigo-500">
        Go to the start page
      </Link>
    </div>
  );
}
