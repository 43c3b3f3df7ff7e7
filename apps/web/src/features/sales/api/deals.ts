import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { usePageQuery } from '@/lib/page-query';
import { moveInList } from '../lib/board';
import { salesKeys } from './sales-keys';
import type { Deal, DealBody, DealFilters, DealList, DealUpdate } from './types';

export function getDeals(filters: DealFilters, signal?: AbortSignal): Promise<DealList> {
  return ok(api.GET('/deals', { params: { query: { ...filters, q: filters.q || undefined } }, signal }));
}

/** GET /deals: only the deals the caller may see (their own without view_all_deals). */
export function useDeals(filters: DealFilters) {
  return usePageQuery(salesKeys.dealList(filters), (signal) => getDeals(filters, signal));
}

/** GET /deals/stages: the pipeline's stages in order (the `deal_stages` setting). */
export function useDealStages() {
  return useQuery({
    queryKey: salesKeys.stages,
    queryFn: async ({ signal }) => (await ok(api.GET('/deals/stages', { signal }))).stages,
    staleTime: 5 * 60_000,
  });
}

/** POST /deals without an id, PATCH /deals/{id} with one. */
export function saveDeal({ id, body }: { id?: number | undefined; body: DealUpdate }): Promise<Deal> {
  return id === undefined
    ? ok(api.POST('/deals', { body: body as DealBody }))
    : ok(api.PATCH('/deals/{id}', { params: { path: { id } }, body }));
}

export function useSaveDeal() {
  return useInvalidatingMutation(saveDeal, [salesKeys.deals], {
    done: (deal, { id }) => (id === undefined ? `Deal ${deal.name} added` : `Deal ${deal.name} saved`),
  });
}

export function useDeleteDeal() {
  return useInvalidatingMutation(
    (deal: Deal) => ok(api.DELETE('/deals/{id}', { params: { path: { id: deal.id } } })),
    [salesKeys.deals, salesKeys.leads],
    { done: (_, deal) => `Deal ${deal.name} deleted` },
  );
}

/**
 * Moves a deal to another stage (PATCH {stage}). The board shows the move at once; when the API
 * refuses it, the deal goes back where it was and the error (with the API's reason) is the mutation's.
 */
export function useMoveDeal(filters: DealFilters) {
  const queryClient = useQueryClient();
  const key = salesKeys.dealList(filters);
  return useMutation({
    mutationFn: ({ deal, stage }: { deal: Deal; stage: string }) =>
      ok(api.PATCH('/deals/{id}', { params: { path: { id: deal.id } }, body: { stage } })),
    onMutate: async ({ deal, stage }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<DealList>(key);
      if (before) queryClient.setQueryData<DealList>(key, { ...before, deals: moveInList(before.deals, deal.id, stage) });
      return { before };
    },
    onError: (_error, _variables, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: salesKeys.deals }),
  });
}

export function useWinDeal() {
  return useInvalidatingMutation(
    ({ id, createProject }: { id: number; createProject: boolean }) =>
      ok(api.POST('/deals/{id}/win', { params: { path: { id } }, body: { create_project: createProject } })),
    [salesKeys.deals, ['projects']],
    { done: (deal) => `Deal ${deal.name} won` },
  );
}

export function useLoseDeal() {
  return useInvalidatingMutation(
    ({ id, reason }: { id: number; reason: string }) => ok(api.POST('/deals/{id}/lose', { params: { path: { id } }, body: { reason } })),
    [salesKeys.deals],
    { done: (deal) => `Deal ${deal.name} marked lost` },
  );
}
