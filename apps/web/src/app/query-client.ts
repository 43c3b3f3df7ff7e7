import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-client';
import { accessKeys } from '../lib/access';
import { authKeys } from '@/features/auth';

const MAX_RETRIES = 2;

/**
 * Query defaults shared by every feature:
 * - a 4xx is an answer, not a glitch: never retried (a 403/404 will not change by asking again);
 * - network failures and 5xx are retried twice before the error state shows;
 * - mutations are never retried (they are not all idempotent);
 * - a 403 means our idea of the caller's permissions is stale: refetch them, so the UI follows;
 * - a 401 means the session ended: refetch it, so the guard sends the person to sign in.
 * Components render the loading and error states with `<QueryState>` (components/ui).
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (!isApiError(error)) return;
    if (error.status === 403) void client.invalidateQueries({ queryKey: accessKeys.all });
    if (error.status === 401) void client.invalidateQueries({ queryKey: authKeys.session() });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
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
  return client;
}
