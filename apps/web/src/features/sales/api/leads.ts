import { clientsKeys } from '@/features/clients';
import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { usePageQuery } from '@/lib/page-query';
import { salesKeys } from './sales-keys';
import type { ConvertBody, Lead, LeadBody, LeadFilters, LeadList, LeadUpdate } from './types';

export function getLeads(filters: LeadFilters, signal?: AbortSignal): Promise<LeadList> {
  return ok(api.GET('/leads', { params: { query: { ...filters, q: filters.q || undefined } }, signal }));
}

/** GET /leads: only the leads the caller may see (their own without view_all_leads). */
export function useLeads(filters: LeadFilters) {
  return usePageQuery(salesKeys.leadList(filters), (signal) => getLeads(filters, signal));
}

/** POST /leads without an id, PATCH /leads/{id} with one. */
export function saveLead({ id, body }: { id?: number | undefined; body: LeadUpdate }): Promise<Lead> {
  return id === undefined
    ? ok(api.POST('/leads', { body: body as LeadBody }))
    : ok(api.PATCH('/leads/{id}', { params: { path: { id } }, body }));
}

export function useSaveLead() {
  return useInvalidatingMutation(saveLead, [salesKeys.leads], {
    done: (lead, { id }) => (id === undefined ? `Lead ${lead.name} added` : `Lead ${lead.name} saved`),
  });
}

export function useDeleteLead() {
  return useInvalidatingMutation((lead: Lead) => ok(api.DELETE('/leads/{id}', { params: { path: { id: lead.id } } })), [salesKeys.leads], {
    done: (_, lead) => `Lead ${lead.name} deleted`,
  });
}

/** POST /leads/{id}/convert: the client, its contact and (if asked) a deal, in one transaction. */
export function useConvertLead() {
  return useInvalidatingMutation(
    ({ id, body }: { id: number; body: ConvertBody }) => ok(api.POST('/leads/{id}/convert', { params: { path: { id } }, body })),
    [salesKeys.leads, salesKeys.deals, salesKeys.contacts, clientsKeys.all],
    { done: (result) => `Lead converted: ${result.client.name}` },
  );
}
