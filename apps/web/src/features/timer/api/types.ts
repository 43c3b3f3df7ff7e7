import type { ApiBody, ApiData } from '@/lib/api/types';

/** GET /timer/status: the running entry, and its seconds by the server's clock at the time of the answer. */
export type TimerStatus = ApiData<'/timer/status', 'get'>;
export type StartTimerBody = ApiBody<'/timer/start', 'post'>;
export type StopTimerBody = ApiBody<'/timer/stop', 'post'>;
export type UpdateTimerBody = ApiBody<'/timer', 'patch'>;
