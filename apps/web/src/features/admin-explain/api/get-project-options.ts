import { api, ok } from '@/lib/api-client';
import type { ProjectOption } from './types';

/** GET /projects?status=all&q=: the projects the caller can see whose name contains `q`, 20 at a time. */
export async function searchProjectOptions(q: string, signal?: AbortSignal): Promise<ProjectOption[]> {
  return (await ok(api.GET('/projects', { params: { query: { status: 'all', q: q || undefined, per_page: 20 } }, signal }))).projects;
}
