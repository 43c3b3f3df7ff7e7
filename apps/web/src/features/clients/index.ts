/** What pages and other features use of clients: the clients page, and the list for pickers. */
export { ClientsList } from './components/clients-list';
export { getClients, useClients } from './api/get-clients';
export { clientsKeys } from './api/clients-keys';
export type { Client } from './api/types';
