import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';

/** A list query that keeps showing the last page while the next one (or a new filter) loads. */
export function usePageQuery<TData>(queryKey: QueryKey, queryFn: (signal: AbortSignal) => Promise<TData>, enabled = true) {
  return useQuery({ queryKey, queryFn: ({ signal }) => queryFn(signal), placeholderData: keepPreviousData, enabled });
}
