import { Link } from 'react-router';

/** Shown for a direct URL to a page the signed-in person may not use. */
export function NoAccessRoute() {
  return (
    <section className="mx-auto max-w-lg py-12 text-center" aria-labelledby="no-access-title">
      <h1 id="no-access-title" className="text-2xl font-bold text-fg">
        No access
      </h1>
      <p className="mt-3 text-fg-muted">
        Your roles do not include what this page needs. If you think they should, ask an administrator — they can see why under “Why can /
        can’t”.
      </p>
      <Link to="/" className="mt-6 inline-block rounded-md bg-fg px-4 py-2 text-sm font-medium text-surface hover:bg-fg-secondary">
        Back to the start page
      </Link>
    </section>
  );
}
