import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { profileKeys } from './profile-keys';
import type { PasswordChange } from './types';

/** POST /auth/password → 204; every other session of yours ends. */
export async function changePassword(body: PasswordChange): Promise<void> {
  await ok(api.POST('/auth/password', { body }));
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.sessions() }),
  });
}
