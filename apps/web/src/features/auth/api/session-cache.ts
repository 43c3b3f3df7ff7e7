import type { QueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '@/lib/api-client';
import { authKeys } from './auth-keys';
import type { AuthSession } from './types';

/** After a sign-in (login, first-run setup): later state-changing requests carry the answer's CSRF token. */
export function rememberSession(queryClient: QueryClient, session: AuthSession): void {
  setCsrfToken(session.csrf_token);
  queryClient.setQueryData(authKeys.session(), session);
}

/** After this browser is signed out: the cached data of the previous user goes with it. */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.clear();
  queryClient.setQueryData(authKeys.session(), null);
}
