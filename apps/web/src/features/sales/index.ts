/** The Sales pages (docs/guides/sales.md): leads, the deals pipeline, and a client's page with its contacts, deals and projects. */
export { LeadsList } from './components/leads-list';
export { DealsView } from './components/deals-view';
export { ClientDetail } from './components/client-detail';
export { salesKeys } from './api/sales-keys';
