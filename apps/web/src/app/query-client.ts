import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-client';

const MAX_RETRIES = 2;

/**
 * Query defaults shared by every feature:
 * - a 4xx is an answer, not a glitch: never retried (a 403/404 will not change by asking again);
 * - network failures and 5xx are retried twice before the error state shows;
 * - mutations are never retried (they are not all idempotent).
 * Components render the loading and error states with `<QueryState>` (components/ui).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < MAX_RETRIES;
        },
      },
      mutations: {
        retry: false,
      },
    },
  });
}
