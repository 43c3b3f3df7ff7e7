import { Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Pagination, type PaginationInfo } from '@/components/ui/pagination';

/** The row above a list: its filters, then "Add …" for those who may add (no `onAdd`: no button). */
export function ListToolbar({ children, addLabel, onAdd }: { children: ReactNode; addLabel: string; onAdd?: (() => void) | undefined }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      {children}
      {onAdd ? (
        <Button onClick={onAdd}>
          <Plus aria-hidden="true" className="mr-1 size-4" /> {addLabel}
        </Button>
      ) : null}
    </div>
  );
}

/** Under a list: the total of its records when they fit on one page, the pages otherwise. */
export function ListTotal({
  pagination,
  onPage,
  children,
}: {
  pagination: PaginationInfo;
  onPage: (page: number) => void;
  children: ReactNode;
}) {
  if (pagination.pages !== 1) return <Pagination pagination={pagination} onPage={onPage} />;
  return <p className="mt-3 text-sm font-medium text-fg-secondary">Total: {children}</p>;
}
