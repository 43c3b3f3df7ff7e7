import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost, setCsrfToken } from '@/lib/api-client';
import { authKeys } from '@/features/auth/api/auth-keys';
import { profileKeys } from './profile-keys';

/**
 * POST /auth/logout-everywhere: ends all your sessions; with `keep_current` this one stays.
 * Without it this browser is signed out too, so the cached data goes with it.
 */
export function logoutEverywhere(keepCurrent: boolean): Promise<{ ended: number }> {
  return apiPost<{ ended: number }>('/auth/logout-everywhere', { keep_current: keepCurrent });
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
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(authKeys.session(), null);
    },
  });
}
