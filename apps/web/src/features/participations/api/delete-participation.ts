import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiDelete } from '@/lib/api-client';
import { invalidateMembers } from './invalidate-members';

/** DELETE /participations/{id}: admins remove anyone; everyone may leave. A project keeps one admin (409). */
export function deleteParticipation(id: number): Promise<void> {
  return apiDelete<void>(`/participations/${id}`);
}

export function useDeleteParticipation(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteParticipation, onSuccess: () => invalidateMembers(queryClient, projectId) });
}
