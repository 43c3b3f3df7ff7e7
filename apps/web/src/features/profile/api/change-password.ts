import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost } from '@/lib/api-client';
import { profileKeys } from './profile-keys';

export interface ChangePasswordInput {
  current_password: string;
  new_password: string;
}

/** POST /auth/password → 204; every other session of yours ends. */
export function changePassword(input: ChangePasswordInput): Promise<void> {
  return apiPost<void>('/auth/password', input);
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.sessions() }),
  });
}
