import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PaginationInfo } from '@/components/ui/pagination';
import { apiGet } from '@/lib/api-client';
import { projectKeys } from './project-keys';

export interface ProjectTimeEntry {
  id: number;
  user: { id: number; name: string };
  start_time: string;
  end_time: string | null;
  duration_seconds: number | null;
  billable: boolean;
  notes: string;
}

/** GET /time-entries?project_id=: the team's entries on the project (needs view_team_time). */
export function getProjectTimeEntries(
  projectId: number,
  page: number,
): Promise<{ time_entries: ProjectTimeEntry[]; pagination: PaginationInfo }> {
  return apiGet('/time-entries', { query: { project_id: projectId, page, per_page: 25 } });
}

export function useProjectTimePage(projectId: number, page: number) {
  return useQuery({
    queryKey: projectKeys.time(projectId, page),
    queryFn: () => getProjectTimeEntries(projectId, page),
    placeholderData: keepPreviousData,
  });
}
