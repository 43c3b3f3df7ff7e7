import type { ClientFilters } from './types';

/** Query keys of clients; every client change invalidates `clientsKeys.all`. */
export const clientsKeys = {
  all: ['clients'] as const,
  list: (filters: ClientFilters) => [...clientsKeys.all, 'list', filters] as const,
};
