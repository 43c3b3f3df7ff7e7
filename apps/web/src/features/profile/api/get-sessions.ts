import { useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { profileKeys } from './profile-keys';
import type { SessionList } from './types';

/** GET /auth/sessions: your active sign-ins, this one marked `current`. */
export function getSessions(signal?: AbortSignal): Promise<SessionList> {
  return ok(api.GET('/auth/sessions', { signal }));
}

export function useSessions() {
  return useQuery({ queryKey: profileKeys.sessions(), queryFn: ({ signal }) => getSessions(signal) });
}
