import { accessKeys } from '@/lib/access';
import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { timeDataKeys } from '@/lib/records/record-keys';
import { myUserKey } from '@/lib/time-settings';
import { authKeys, type AuthSession } from '@/features/auth';
import type { Me, MePatch } from './types';

/** PATCH /users/me: your own name or email (409 when the email is taken), or your time settings (400 for an unknown zone or locale). */
export function updateMe(body: MePatch): Promise<Me> {
  return ok(api.PATCH('/users/me', { body }));
}

export function useUpdateMe() {
  // Every page's dates follow the time settings, and the days the API counts (reports, date filters) too: refresh them.
  return useInvalidatingMutation(updateMe, [accessKeys.me, myUserKey, ...timeDataKeys], {
    // The header shows the name from the session answer: update it in place.
    remember: (user, queryClient) =>
      queryClient.setQueryData<AuthSession | null>(authKeys.session(), (old) => (old ? { ...old, user } : old)),
    done: 'Profile saved',
  });
}
