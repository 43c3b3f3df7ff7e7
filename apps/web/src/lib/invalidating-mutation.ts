import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';

interface Options<TData> {
  /** Puts the answer into the cache before the invalidation (e.g. the saved detail). */
  remember?: (data: TData, queryClient: QueryClient) => void;
  /** How long the finished mutation (and its data) stays in the mutation cache. */
  gcTime?: number;
}

/**
 * A mutation that, once it succeeded, marks the queries under `invalidate` stale (mutations invalidate
 * by the keys their features export).
 */
export function useInvalidatingMutation<TData, TVariables>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  invalidate: readonly QueryKey[],
  { remember, gcTime }: Options<TData> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    ...(gcTime === undefined ? {} : { gcTime }),
    onSuccess: (data) => {
      remember?.(data, queryClient);
      return Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
