import { accessKeys } from '@/lib/access';
import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { authKeys, type AuthSession } from '@/features/auth';
import type { Me, MePatch } from './types';

/** PATCH /users/me: your own name or email (409 when the email is taken). */
export function updateMe(body: MePatch): Promise<Me> {
  return ok(api.PATCH('/users/me', { body }));
}

export function useUpdateMe() {
  return useInvalidatingMutation(updateMe, [accessKeys.me], {
    // The header shows the name from the session answer: update it in place.
    remember: (user, queryClient) =>
      queryClient.setQueryData<AuthSession | null>(authKeys.session(), (old) => (old ? { ...old, user } : old)),
  });
}
