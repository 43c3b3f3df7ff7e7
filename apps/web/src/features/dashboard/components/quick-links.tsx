import { Link } from 'react-router';
import { SectionCard } from './section-card';

export interface QuickLink {
  to: string;
  label: string;
}

/** Shortcuts to the pages this person may use (the caller filters them by permission). */
export function QuickLinks({ links }: { links: QuickLink[] }) {
  return (
    <SectionCard title="Quick links">
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {links.map((link) => (
          <li key={link.to}>
            <Link
              to={link.to}
              className="block rounded-md px-3 py-2 text-sm font-medium text-accent-fg ring-1 ring-line hover:bg-accent-soft focus:outline-none focus-visible:ring-2 focus-visible:ring-focus"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}
