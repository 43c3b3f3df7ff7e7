import { useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { profileKeys } from './profile-keys';
import type { SessionInfo } from './types';

/** GET /auth/sessions: your active sign-ins, this one marked `current`. */
export function getSessions(signal?: AbortSignal): Promise<{ sessions: SessionInfo[] }> {
  return apiGet<{ sessions: SessionInfo[] }>('/auth/sessions', { signal });
}

export function useSessions() {
  return useQuery({ queryKey: profileKeys.sessions(), queryFn: ({ signal }) => getSessions(signal) });
}
