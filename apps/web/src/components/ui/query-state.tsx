import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorMessage } from './error-message';
import { Spinner } from './spinner';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  loadingLabel?: string;
}

/** The loading and error states every page shows the same way (Retry when the server failed); children render the data. */
export function QueryState<T>({ query, children, loadingLabel }: QueryStateProps<T>) {
  if (query.isPending) return <Spinner label={loadingLabel} />;
  if (query.isError) return <ErrorMessage error={query.error} title="Could not load this data" onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
