import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { notifyDone, type UndoAction } from './notify';

/** The toast and its Undo; the other options are the cache's. */
export type MutationFeedback<TData, TVariables> = Pick<Options<TData, TVariables>, 'done' | 'undo'>;

interface Options<TData, TVariables> {
  /** Puts the answer into the cache before the invalidation (e.g. the saved detail). */
  remember?: (data: TData, queryClient: QueryClient) => void;
  /** How long the finished mutation (and its data) stays in the mutation cache. */
  gcTime?: number;
  /** The toast confirming it ("Time entry deleted"). */
  done?: string | ((data: TData, variables: TVariables) => string);
  /**
   * Offered as Undo in that toast, only where the API can restore what was there (re-create, unarchive,
   * re-add); the same queries are invalidated once it ran. Return undefined where this change cannot be undone.
   */
  undo?: (data: TData, variables: TVariables) => UndoAction | undefined;
}

/**
 * A mutation that, once it succeeded, marks the queries under `invalidate` stale (mutations invalidate
 * by the keys their features export) and confirms it in a toast, with Undo where it can be undone.
 */
export function useInvalidatingMutation<TData, TVariables>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  invalidate: readonly QueryKey[],
  { remember, gcTime, done, undo }: Options<TData, TVariables> = {},
) {
  const queryClient = useQueryClient();
  const refresh = () => Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  return useMutation({
    mutationFn,
    ...(gcTime === undefined ? {} : { gcTime }),
    onSuccess: (data, variables) => {
      remember?.(data, queryClient);
      if (done) {
        const action = undo?.(data, variables);
        notifyDone(
          typeof done === 'string' ? done : done(data, variables),
          action && { done: action.done, run: () => action.run().then(refresh) },
        );
      }
      return refresh();
    },
  });
}
