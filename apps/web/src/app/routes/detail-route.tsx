import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';

interface DetailRouteProps {
  /** The id from the address (NaN when it is not a number). */
  id: number;
  back: { to: string; label: string };
  notFound: { title: string; text: string };
  children: (id: number) => ReactNode;
}

/** A record's page: the breadcrumb back to its list, then the record, or "not found" when the address names none. */
export function DetailRoute({ id, back, notFound, children }: DetailRouteProps) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link to={back.to} className="text-accent-fg hover:underline">
          {`← ${back.label}`}
        </Link>
      </nav>
      {Number.isInteger(id) && id > 0 ? children(id) : <EmptyState title={notFound.title}>{notFound.text}</EmptyState>}
    </>
  );
}
