import { useSearchParams } from 'react-router';
import { INVOICE_STATUSES, type InvoiceFilter, type InvoiceStatus } from '../api/types';

/** The list's filters live in the URL, so a filtered list can be bookmarked and shared. */
export function useInvoiceFilters(): [InvoiceFilter, (patch: Partial<InvoiceFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const page = Number(params.get('page'));
  const filter: InvoiceFilter = {
    status: (INVOICE_STATUSES as readonly string[]).includes(status ?? '') ? (status as InvoiceStatus) : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  const update = (patch: Partial<InvoiceFilter>) => {
    const next = { ...filter, page: 1, ...patch };
    const out = new URLSearchParams();
    if (next.status) out.set('status', next.status);
    if (next.page > 1) out.set('page', String(next.page));
    setParams(out, { replace: true });
  };
  return [filter, update];
}
