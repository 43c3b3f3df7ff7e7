/** Query keys of the auth feature; mutations invalidate or fill these. */
export const authKeys = {
  all: ['auth'] as const,
  session: () => [...authKeys.all, 'session'] as const,
};
