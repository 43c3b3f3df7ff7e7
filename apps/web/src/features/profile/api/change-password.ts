import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { profileKeys } from './profile-keys';
import type { PasswordChange } from './types';

/** POST /auth/password → 204; every other session of yours ends. */
export async function changePassword(body: PasswordChange): Promise<void> {
  await ok(api.POST('/auth/password', { body }));
}

export function useChangePassword() {
  return useInvalidatingMutation(changePassword, [profileKeys.sessions()], { done: 'Password changed' });
}
