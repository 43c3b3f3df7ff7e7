import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accessKeys } from '@/lib/access';
import { api, ok } from '@/lib/api-client';
import { authKeys, type AuthSession } from '@/features/auth';
import type { Me, MePatch } from './types';

/** PATCH /users/me: your own name or email (409 when the email is taken). */
export function updateMe(body: MePatch): Promise<Me> {
  return ok(api.PATCH('/users/me', { body }));
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (user) => {
      // The header shows the name from the session answer: update it in place.
      queryClient.setQueryData<AuthSession | null>(authKeys.session(), (old) => (old ? { ...old, user } : old));
      void queryClient.invalidateQueries({ queryKey: accessKeys.me });
    },
  });
}
