/**
 * The signed-in session: GET /auth/session (401 → nobody), first-run status, sign-out.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, ok, setCsrfToken } from '@/lib/api-client';
import { authKeys, forgetSession, type AuthSession } from '@/features/auth';

export async function fetchSession(): Promise<AuthSession | null> {
  try {
    const session = await ok(api.GET('/auth/session'));
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
  return useQuery({ queryKey: [...authKeys.all, 'setup'], queryFn: () => ok(api.GET('/setup')), enabled });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await ok(api.POST('/auth/logout'));
    },
    onSettled: () => forgetSession(queryClient),
  });
}
