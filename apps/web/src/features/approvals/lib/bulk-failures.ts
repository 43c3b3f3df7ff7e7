import { isApiError } from '@/lib/api-client';

/**
 * One item of a refused (409) bulk approval, read from the error body's `results`: `would_approve`
 * for the items that were fine, `failed` with the reason for the others. The OpenAPI document
 * does not describe this extension of the error body, hence a shape of its own.
 */
export interface BulkItemResult {
  id: number;
  status: 'approved' | 'would_approve' | 'failed';
  code?: string;
  message?: string;
}

/** The per-item results of a refused batch, or null when the error is not one. */
export function bulkFailures(error: unknown): BulkItemResult[] | null {
  if (!isApiError(error) || !Array.isArray(error.body?.results)) return null;
  return error.body.results as BulkItemResult[];
}
