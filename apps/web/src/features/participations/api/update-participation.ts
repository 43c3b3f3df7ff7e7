import { OPTIONAL_PROJECT_FLAGS } from '@timekeeper/shared';
import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { memberKeys } from './member-keys';
import type { Participation, UpdateParticipationBody } from './types';

/** PUT /participations/{id} (project admins): level and flags. */
export function updateParticipation(id: number, body: UpdateParticipationBody): Promise<Participation> {
  return ok(
    api.PUT('/participations/{id}', { params: { path: { id }, query: { optional_fields: OPTIONAL_PROJECT_FLAGS.join(',') } }, body }),
  );
}

export function useUpdateParticipation(projectId: number) {
  return useInvalidatingMutation(
    ({ id, body }: { id: number; body: UpdateParticipationBody }) => updateParticipation(id, body),
    memberKeys(projectId),
    { done: (member) => `${member.user.name}'s access saved` },
  );
}
