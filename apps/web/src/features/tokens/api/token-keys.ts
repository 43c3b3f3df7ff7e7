/** Query keys of the tokens feature. The secret of a token is never stored under any of them. */
export const tokenKeys = {
  all: ['api-tokens'] as const,
  lists: () => [...tokenKeys.all, 'list'] as const,
  list: (filter: { status?: string; page: number }) => [...tokenKeys.lists(), filter] as const,
  scopes: ['scopes'] as const,
};
