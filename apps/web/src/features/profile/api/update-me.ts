import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accessKeys } from '@/lib/access';
import { apiPatch } from '@/lib/api-client';
import { authKeys } from '@/features/auth/api/auth-keys';
import type { AuthSession } from '@/features/auth/api/types';
import type { Me } from './types';

export interface UpdateMeInput {
  name?: string;
  email?: string;
}

/** PATCH /users/me: your own name or email (409 when the email is taken). */
export function updateMe(input: UpdateMeInput): Promise<Me> {
  return apiPatch<Me>('/users/me', input);
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
