import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { notifyDone } from '@/lib/notify';
import { timeEntriesKeys } from '@/lib/records/record-keys';
import { invoiceDataKeys } from './invalidate-invoice-data';
import { invoicesKeys } from './invoices-keys';
import type { InvoiceSummary } from './types';

/** DELETE /invoices/{id}: deletes a draft (204, no body), or voids a sent invoice without payments (200, the summary). */
export function deleteInvoice(id: number): Promise<InvoiceSummary | undefined> {
  return ok(api.DELETE('/invoices/{id}', { params: { path: { id } } }));
}

export function useDeleteInvoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteInvoice,
    onSuccess: (voided, id) => {
      notifyDone(voided ? 'Invoice voided' : 'Draft invoice deleted');
      // A deleted draft is gone: drop its detail instead of refetching it into a 404.
      if (!voided) queryClient.removeQueries({ queryKey: invoicesKeys.detail(id) });
      const keys = voided ? invoiceDataKeys : [[...invoicesKeys.all, 'list'], timeEntriesKeys.all];
      return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
