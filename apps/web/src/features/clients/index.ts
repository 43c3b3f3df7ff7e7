/** What other features use of clients (e.g. a client picker on the project form). */
export { useClients } from './api/get-clients';
export { clientsKeys } from './api/clients-keys';
export type { Client } from './api/types';
