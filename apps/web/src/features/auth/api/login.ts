import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { rememberSession } from './session-cache';
import type { AuthSession, LoginBody } from './types';

export function login(body: LoginBody): Promise<AuthSession> {
  return ok(api.POST('/auth/login', { body }));
}

/** Signs in; the CSRF token from the answer is sent with every later state-changing request. */
export function useLogin() {
  return useInvalidatingMutation(login, [], { remember: (session, queryClient) => rememberSession(queryClient, session) });
}
