export interface PaginationInfo {
  page: number;
  per_page: number;
  total: number;
  pages: number;
}

/** Previous / next with "page x of y"; the API's pagination object drives it. */
export function Pagination({ pagination, onPage }: { pagination: PaginationInfo; onPage: (page: number) => void }) {
  if (pagination.pages <= 1) return <p className="mt-3 text-sm text-fg-subtle">{pagination.total} in total</p>;
  return (
    <nav aria-label="Pagination" className="mt-3 flex items-center justify-between text-sm text-fg-muted">
      <span>
        Page {pagination.page} of {pagination.pages} · {pagination.total} in total
      </span>
      <span className="flex gap-2">
        <button
          type="button"
          className="rounded-md px-3 py-1 ring-1 ring-line-strong disabled:opacity-50"
          disabled={pagination.page <= 1}
          onClick={() => onPage(pagination.page - 1)}
        >
          Previous
        </button>
        <button
          type="button"
          className="rounded-md px-3 py-1 ring-1 ring-line-strong disabled:opacity-50"
          disabled={pagination.page >= pagination.pages}
          onClick={() => onPage(pagination.page + 1)}
        >
          Next
        </button>
      </span>
    </nav>
  );
}
