/** Query keys of the roles feature; mutations invalidate by these. */
export const roleKeys = {
  all: ['admin-roles'] as const,
  list: () => [...roleKeys.all, 'list'] as const,
};
