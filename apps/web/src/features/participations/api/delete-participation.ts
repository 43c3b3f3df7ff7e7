import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { invalidateMembers } from './invalidate-members';

/** DELETE /participations/{id}: admins remove anyone; everyone may leave. A project keeps one admin (409). */
export async function deleteParticipation(id: number): Promise<void> {
  await ok(api.DELETE('/participations/{id}', { params: { path: { id } } }));
}

export function useDeleteParticipation(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteParticipation, onSuccess: () => invalidateMembers(queryClient, projectId) });
}
