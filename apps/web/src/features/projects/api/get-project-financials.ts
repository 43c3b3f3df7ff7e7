import { useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { projectKeys } from './project-keys';
import type { ProjectFinancials } from './types';

/** GET /projects/{id}/financials. Needs only the view_financials level on the project (not view_all_reports): the API decides. */
export function getProjectFinancials(id: number): Promise<ProjectFinancials> {
  return ok(api.GET('/projects/{id}/financials', { params: { path: { id } } }));
}

export function useProjectFinancials(id: number) {
  return useQuery({ queryKey: projectKeys.financials(id), queryFn: () => getProjectFinancials(id) });
}
