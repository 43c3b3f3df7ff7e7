import type { ReactNode } from 'react';
import { Link } from 'react-router';

const CLASS =
  'font-medium text-accent-fg underline underline-offset-2 hover:text-accent-fg focus:outline-none focus-visible:ring-2 focus-visible:ring-focus rounded-sm';

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
