import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { notifyDone } from '@/lib/notify';
import { invalidateMembers } from './invalidate-members';
import type { CreateParticipationBody, Participation } from './types';

/** POST /participations: admins add anyone; members with can_invite at most at their level, without flags. */
export function createParticipation(body: CreateParticipationBody): Promise<Participation> {
  return ok(api.POST('/participations', { body }));
}

export function useCreateParticipation(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createParticipation,
    onSuccess: (member) => {
      notifyDone(`${member.user.name} added to the project`);
      return invalidateMembers(queryClient, projectId);
    },
  });
}
