import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { rememberSession, type AuthSession } from '@/features/auth';
import type { ApiBody } from '@/lib/api/types';

export type SetupBody = ApiBody<'/setup', 'post'>;

/** POST /setup: the first administrator, signed in by the answer. */
export function setup(body: SetupBody): Promise<AuthSession> {
  return ok(api.POST('/setup', { body }));
}

export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setup, onSuccess: (session) => rememberSession(queryClient, session) });
}
