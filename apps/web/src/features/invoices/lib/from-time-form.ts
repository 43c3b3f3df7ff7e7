import { rangeProblem } from '@/lib/records/periods';
import type { FromTimeBody } from '../api/types';

export interface FromTimeValues {
  billTo: 'project' | 'client';
  projectId: string;
  clientId: string;
  startDate: string;
  endDate: string;
  taxRate: string;
  dueDate: string;
  onlyApproved: boolean;
  includeExpenses: boolean;
  notes: string;
}

export type FromTimeErrors = Partial<Record<'project_id' | 'client_id' | 'start_date' | 'end_date' | 'tax_rate', string>>;

/** The form's values → the request body, or the errors to show before asking the API. */
export function buildFromTimeBody(
  v: FromTimeValues,
): { body: FromTimeBody; errors?: undefined } | { body?: undefined; errors: FromTimeErrors } {
  const errors: FromTimeErrors = {};
  if (v.billTo === 'project' && !v.projectId) errors.project_id = 'Choose a project.';
  if (v.billTo === 'client' && !v.clientId) errors.client_id = 'Choose a client.';
  const range = rangeProblem(v.startDate, v.endDate);
  if (range === 'missing_start') errors.start_date = 'Pick the first day.';
  if (range === 'missing_end') errors.end_date = 'Pick the last day.';
  if (range === 'reversed') errors.end_date = 'Ends before it starts.';
  const tax = v.taxRate.trim() === '' ? 0 : Number(v.taxRate.replace(',', '.'));
  if (!Number.isFinite(tax) || tax < 0 || tax > 100 || Math.round(tax * 100) !== tax * 100)
    errors.tax_rate = 'A rate from 0 to 100, with at most two decimals.';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    body: {
      ...(v.billTo === 'project' ? { project_id: Number(v.projectId) } : { client_id: Number(v.clientId) }),
      start_date: v.startDate,
      end_date: v.endDate,
      tax_rate: tax,
      only_approved: v.onlyApproved,
      include_expenses: v.includeExpenses,
      ...(v.dueDate ? { due_date: v.dueDate } : {}),
      ...(v.notes.trim() ? { notes: v.notes.trim() } : {}),
    },
  };
}
