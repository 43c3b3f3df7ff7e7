import { useMutation, useQueryClient } from '@tanstack/react-query';
import { OPTIONAL_PROJECT_FLAGS } from '@timekeeper/shared';
import { api, ok } from '@/lib/api-client';
import { notifyDone } from '@/lib/notify';
import { invalidateMembers } from './invalidate-members';
import type { Participation, UpdateParticipationBody } from './types';

/** PUT /participations/{id} (project admins): level and flags. */
export function updateParticipation(id: number, body: UpdateParticipationBody): Promise<Participation> {
  return ok(
    api.PUT('/participations/{id}', { params: { path: { id }, query: { optional_fields: OPTIONAL_PROJECT_FLAGS.join(',') } }, body }),
  );
}

export function useUpdateParticipation(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateParticipationBody }) => updateParticipation(id, body),
    onSuccess: (member) => {
      notifyDone(`${member.user.name}'s access saved`);
      return invalidateMembers(queryClient, projectId);
    },
  });
}
