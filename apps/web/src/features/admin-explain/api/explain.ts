import { useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import type { ExplainParams, Explanation } from './types';

export const explainKeys = {
  all: ['admin-explain'] as const,
  explain: (params: ExplainParams) => [...explainKeys.all, 'explain', params] as const,
  /** The project picker's searches (the typed text is appended by the picker). */
  projects: ['admin-explain', 'projects'] as const,
  users: ['admin-explain', 'users'] as const,
};

/** GET /authz/explain: allowed or not, and which role, assignment, level or flag decided. */
export function explain(params: ExplainParams): Promise<Explanation> {
  return ok(api.GET('/authz/explain', { params: { query: params } }));
}

export function useExplain(params: ExplainParams | null) {
  return useQuery({
    queryKey: explainKeys.explain(params ?? { user_id: 0 }),
    queryFn: () => explain(params!),
    enabled: params !== null,
    // Roles change under our feet: an explanation is only worth what it says right now.
    staleTime: 0,
  });
}
