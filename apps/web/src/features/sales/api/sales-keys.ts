import type { DealFilters, LeadFilters } from './types';

/** Query keys of the sales pages; a change invalidates the family it touches (a conversion: all three). */
export const salesKeys = {
  leads: ['leads'] as const,
  leadList: (filters: LeadFilters) => [...salesKeys.leads, 'list', filters] as const,
  deals: ['deals'] as const,
  dealList: (filters: DealFilters) => [...salesKeys.deals, 'list', filters] as const,
  stages: ['deals', 'stages'] as const,
  contacts: ['contacts'] as const,
  clientContacts: (clientId: number) => [...salesKeys.contacts, 'client', clientId] as const,
  contactSearch: (clientId: number) => [...salesKeys.contacts, 'search', clientId] as const,
  owners: ['users', 'sales-owner-search'] as const,
};
