import { ROLES_KEY } from '@/lib/admin-keys';
import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import type { CreateUserInput, User } from './types';
import { userKeys } from './users-keys';

/** POST /users (create_users). */
export function createUser(input: CreateUserInput): Promise<User> {
  return ok(api.POST('/users', { body: input }));
}

export function useCreateUser() {
  return useInvalidatingMutation(createUser, [userKeys.all, ROLES_KEY], { done: (user) => `${user.name} added` });
}
