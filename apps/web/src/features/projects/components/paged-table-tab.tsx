import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable, type Column } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination, type PaginationInfo } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';

interface PagedTableTabProps<Page extends { pagination: PaginationInfo }, Row extends { id: number }> {
  projectId: number;
  /** The page's query hook, called with the project and the page number this tab keeps. */
  usePage: (projectId: number, page: number) => UseQueryResult<Page>;
  rowsOf: (page: Page) => Row[];
  columns: Column<Row>[];
  caption: string;
  loadingLabel: string;
  emptyTitle: string;
}

/** A read-only, paged table of a project tab (Tasks, Time): its own page number, an empty state, the pagination. */
export function PagedTableTab<Page extends { pagination: PaginationInfo }, Row extends { id: number }>({
  projectId,
  usePage,
  rowsOf,
  columns,
  caption,
  loadingLabel,
  emptyTitle,
}: PagedTableTabProps<Page, Row>) {
  const [page, setPage] = useState(1);
  const query = usePage(projectId, page);
  return (
    <QueryState query={query} loadingLabel={loadingLabel}>
      {(data) =>
        rowsOf(data).length === 0 ? (
          <EmptyState title={emptyTitle} />
        ) : (
          <>
            <DataTable rows={rowsOf(data)} columns={columns} rowKey={(r) => r.id} caption={caption} />
            <Pagination pagination={data.pagination} onPage={setPage} />
          </>
        )
      }
    </QueryState>
  );
}
