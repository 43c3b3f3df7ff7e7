import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <div className="mx-auto max-w-md text-center">
      <p className="text-sm font-semibold text-accent-fg">404</p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-fg">Page not found</h1>
      <p className="mt-2 text-fg-muted">There is no page at this address.</p>
      <Link to="/" className="mt-6 inline-block text-sm font-semibold text-accent-fg hover:text-accent-fg">
        Go to the start page
      </Link>
    </div>
  );
}
