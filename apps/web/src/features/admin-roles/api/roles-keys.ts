import { ROLES_KEY } from '@/lib/admin-keys';

/** Query keys of the roles feature; mutations invalidate by these. */
export const roleKeys = {
  all: ROLES_KEY,
  list: () => [...roleKeys.all, 'list'] as const,
};
