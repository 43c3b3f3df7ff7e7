/**
 * The signed-in session: GET /auth/session (401 → nobody), first-run status, sign-out.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, isApiError, setCsrfToken } from '@/lib/api-client';
import { authKeys } from '@/features/auth/api/auth-keys';
import type { AuthSession } from '@/features/auth/api/types';

export async function fetchSession(): Promise<AuthSession | null> {
  try {
    const session = await apiGet<AuthSession>('/auth/session');
    setCsrfToken(session.csrf_token);
    return session;
  } catch (err) {
    if (isApiError(err) && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export function useSession() {
  return useQuery({ queryKey: authKeys.session(), queryFn: fetchSession, staleTime: 5 * 60_000 });
}

export function useSetupStatus(enabled = true) {
  return useQuery({ queryKey: [...authKeys.all, 'setup'], queryFn: () => apiGet<{ needs_setup: boolean }>('/setup'), enabled });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<void>('/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(authKeys.session(), null);
    },
  });
}
