import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost, setCsrfToken } from '@/lib/api-client';
import { authKeys } from './auth-keys';
import type { AuthSession } from './types';

export interface LoginInput {
  email: string;
  password: string;
}

export function login(input: LoginInput): Promise<AuthSession> {
  return apiPost<AuthSession>('/auth/login', input);
}

/** Signs in; the CSRF token from the answer is sent with every later state-changing request. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      setCsrfToken(session.csrf_token);
      queryClient.setQueryData(authKeys.session(), session);
    },
  });
}
