import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { createBody, accessOf } from '../lib/member-access';
import { createParticipation } from './create-participation';
import { memberKeys } from './member-keys';
import type { CreateParticipationBody, Participation } from './types';

/** DELETE /participations/{id}: admins remove anyone; everyone may leave. A project keeps one admin (409). */
export async function deleteParticipation(id: number): Promise<void> {
  await ok(api.DELETE('/participations/{id}', { params: { path: { id } } }));
}

/**
 * The membership added back as it was: level, every flag and the member's own rates. Only when the
 * list showed all of them (the scheduling flags and rates are not always in the answer); otherwise
 * re-adding could not fully restore it, and no Undo is offered.
 */
export function readdBody(member: Participation): CreateParticipationBody | undefined {
  if (member.can_schedule_their_hours === undefined || member.can_schedule_team_hours === undefined) return undefined;
  if (member.hourly_rate === undefined || member.cost_rate === undefined) return undefined;
  return {
    ...createBody(member.project_id, member.user_id, accessOf(member), true),
    hourly_rate: member.hourly_rate,
    cost_rate: member.cost_rate,
  };
}

/** Removes a member, or leaves the project (`self`: no Undo, one may no longer be allowed to add oneself back). */
export function useDeleteParticipation(projectId: number, self = false) {
  return useInvalidatingMutation((member: Participation) => deleteParticipation(member.id), memberKeys(projectId), {
    done: (_, member) => (self ? 'You left the project' : `${member.user.name} removed from the project`),
    undo: (_, member) => {
      const body = self ? undefined : readdBody(member);
      return body && { run: () => createParticipation(body), done: `${member.user.name} is a member again` };
    },
  });
}
