/** Query keys of the timer; starting, stopping and editing time entries invalidate `timerKeys.all`. */
export const timerKeys = {
  all: ['timer'] as const,
  status: () => [...timerKeys.all, 'status'] as const,
};
