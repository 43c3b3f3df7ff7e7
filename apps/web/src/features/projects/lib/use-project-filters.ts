import { useSearchParams } from 'react-router';
import type { ProjectFilter } from '../api/types';

const STATUSES = ['active', 'archived', 'all'] as const;

/** The list's filters live in the URL, so a filtered list can be bookmarked and shared. */
export function useProjectFilters(): [ProjectFilter, (patch: Partial<ProjectFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const client = Number(params.get('client'));
  const page = Number(params.get('page'));
  const filter: ProjectFilter = {
    q: params.get('q') ?? undefined,
    status: (STATUSES as readonly string[]).includes(status ?? '') ? (status as ProjectFilter['status']) : 'active',
    client_id: Number.isInteger(client) && client > 0 ? client : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  const update = (patch: Partial<ProjectFilter>) => {
    const next = { ...filter, page: 1, ...patch };
    const out = new URLSearchParams();
    if (next.q) out.set('q', next.q);
    if (next.status !== 'active') out.set('status', next.status);
    if (next.client_id) out.set('client', String(next.client_id));
    if (next.page > 1) out.set('page', String(next.page));
    setParams(out, { replace: true });
  };
  return [filter, update];
}
