import type { ReactNode } from 'react';
import { Link } from 'react-router';

const CLASS =
  'font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 rounded-sm';

/** A link inside the app (`to`) or to a page the API serves (`href`, e.g. /api/docs). */
export function HelpLink({ to, href, children }: { to?: string; href?: string; children: ReactNode }) {
  if (to) {
    return (
      <Link to={to} className={CLASS}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} className={CLASS}>
      {children}
    </a>
  );
}
