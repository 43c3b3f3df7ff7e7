import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost } from '@/lib/api-client';
import { roleKeys } from '@/features/admin-roles/api/roles-keys';
import type { RoleAssignment, User } from './types';
import { userKeys } from './users-keys';

export interface CreateUserInput {
  email: string;
  name: string;
  password: string;
  /** Needs manage_user_roles; omitted, the user gets the default role. */
  roles?: RoleAssignment[];
}

/** POST /users (create_users). */
export function createUser(input: CreateUserInput): Promise<User> {
  return apiPost<User>('/users', input);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: userKeys.all }), queryClient.invalidateQueries({ queryKey: roleKeys.all })]),
  });
}
