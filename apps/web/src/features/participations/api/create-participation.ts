import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { memberKeys } from './member-keys';
import type { CreateParticipationBody, Participation } from './types';

/** POST /participations: admins add anyone; members with can_invite at most at their level, without flags. */
export function createParticipation(body: CreateParticipationBody): Promise<Participation> {
  return ok(api.POST('/participations', { body }));
}

export function useCreateParticipation(projectId: number) {
  return useInvalidatingMutation(createParticipation, memberKeys(projectId), {
    done: (member) => `${member.user.name} added to the project`,
  });
}
