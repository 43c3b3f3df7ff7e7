import { isPermission, PROJECT_ACTIONS, type ProjectAction } from '@timekeeper/shared';
import type { ExplainParams } from '../api/types';

/** The question, as kept in the URL: `?user_id=3&permission=send_invoices` or `?user_id=3&project_id=7&action=approve_time`. */
export interface ExplainQuestion {
  userId: number | null;
  mode: 'permission' | 'project';
  permission: string;
  projectId: number | null;
  action: string;
}

export function questionFrom(params: URLSearchParams): ExplainQuestion {
  const id = (key: string) => Number(params.get(key)) || null;
  return {
    userId: id('user_id'),
    mode: params.has('action') || params.has('project_id') ? 'project' : 'permission',
    permission: params.get('permission') ?? '',
    projectId: id('project_id'),
    action: params.get('action') ?? '',
  };
}

const isProjectAction = (value: string): value is ProjectAction => (PROJECT_ACTIONS as readonly string[]).includes(value);

/** The request for a complete question, or null while something is missing. */
export function paramsFrom(q: ExplainQuestion): ExplainParams | null {
  if (q.userId === null) return null;
  if (q.mode === 'permission') return isPermission(q.permission) ? { user_id: q.userId, permission: q.permission } : null;
  return q.projectId !== null && isProjectAction(q.action) ? { user_id: q.userId, project_id: q.projectId, action: q.action } : null;
}

export function searchFrom(p: ExplainParams): URLSearchParams {
  const out = new URLSearchParams({ user_id: String(p.user_id) });
  if (p.permission) out.set('permission', p.permission);
  if (p.project_id !== undefined) out.set('project_id', String(p.project_id));
  if (p.action) out.set('action', p.action);
  return out;
}
