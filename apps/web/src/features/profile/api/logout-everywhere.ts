import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { forgetSession } from '@/features/auth';
import { profileKeys } from './profile-keys';
import type { LogoutEverywhereResult } from './types';

/**
 * POST /auth/logout-everywhere: ends all your sessions; with `keep_current` this one stays.
 * Without it this browser is signed out too, so the cached data goes with it.
 */
export function logoutEverywhere(keepCurrent: boolean): Promise<LogoutEverywhereResult> {
  return ok(api.POST('/auth/logout-everywhere', { body: { keep_current: keepCurrent } }));
}

export function useLogoutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logoutEverywhere,
    onSuccess: (_result, keepCurrent) => {
      if (keepCurrent) {
        void queryClient.invalidateQueries({ queryKey: profileKeys.sessions() });
        return;
      }
      forgetSession(queryClient);
    },
  });
}
