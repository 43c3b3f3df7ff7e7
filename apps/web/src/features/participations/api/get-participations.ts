import { OPTIONAL_PROJECT_FLAGS } from '@timekeeper/shared';
import { api, ok } from '@/lib/api-client';
import { usePageQuery } from '@/lib/page-query';
import { participationKeys } from './participation-keys';
import type { ParticipationList } from './types';

/** GET /participations?project_id=, with the scheduling flags (returned only when asked for). */
export function getParticipations(projectId: number, page: number): Promise<ParticipationList> {
  return ok(
    api.GET('/participations', {
      params: { query: { project_id: projectId, page, per_page: 100, optional_fields: OPTIONAL_PROJECT_FLAGS.join(',') } },
    }),
  );
}

export function useParticipations(projectId: number, page: number) {
  return usePageQuery(participationKeys.list(projectId, page), () => getParticipations(projectId, page));
}
