import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLES_KEY } from '@/lib/admin-keys';
import { api, ok } from '@/lib/api-client';
import type { CreateUserInput, User } from './types';
import { userKeys } from './users-keys';

/** POST /users (create_users). */
export function createUser(input: CreateUserInput): Promise<User> {
  return ok(api.POST('/users', { body: input }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: userKeys.all }), queryClient.invalidateQueries({ queryKey: ROLES_KEY })]),
  });
}
