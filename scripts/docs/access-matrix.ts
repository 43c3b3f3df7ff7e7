/**
 * Renders `docs/development/access-matrix.md`: every API route → access kind → permission(s) →
 * token scope → project level → which system roles pass the route check.
 *
 * Sources, so that the page cannot drift from the code:
 * - method, path, access kind, permission(s) (any/all) and scope: the API route table
 *   (`GET /api/v1/info` → `endpoints`, see `routes.ts`), i.e. each route's `config.access`;
 * - "system roles": the role presets and the `implies` closure in `packages/shared`;
 * - "project level": the route table does not carry it (project checks live in the services), so
 *   `PROJECT_RULES_BY_ROUTE` below states which project action the service requires for the
 *   object the route acts on; the minimum level and the flag / account-permission alternatives of
 *   each action are read from the shared per-action rules (`PROJECT_RULES`). `apps/api/test/access-matrix.test.ts`
 *   reads this page as the documented policy and checks every row against real responses, so a
 *   wrong entry here fails that test, and rendering throws when an entry names no route.
 *
 * The output is deterministic (no dates, sorted rows); `tests/access-matrix-docs.test.ts`
 * compares it with the committed page byte for byte.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  closePermissions,
  hasPermission,
  isPermission,
  PROJECT_ACTIONS,
  PROJECT_RULES,
  SYSTEM_ROLE_NAMES,
  SYSTEM_ROLES,
  type PermissionRequirement,
  type ProjectAction,
} from '../../packages/shared/src/index.js';
import type { DocRoute } from './scope-reference.js';

export const ACCESS_MATRIX_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/development/access-matrix.md');

/**
 * The project checks a route's service makes, for the object the row describes.
 * `see`: without it the object (or its project) is invisible → 404. `do`: visible, but without it → 403.
 */
export interface ProjectRule {
  readonly see?: ProjectAction;
  readonly do?: ProjectAction;
  /** Which object the row describes, or other ways to pass. */
  readonly note?: string;
}

export const PROJECT_RULES_BY_ROUTE: Readonly<Record<string, ProjectRule>> = {
  'GET /api/v1/projects/:id': { see: 'view_project' },
  'PUT /api/v1/projects/:id': {
    see: 'view_project',
    do: 'edit_project',
    note: 'details; rates and budget need `edit_financials` (≥ `edit_financials` or `manage_project_costs`)',
  },
  'DELETE /api/v1/projects/:id': { see: 'view_project', do: 'archive_project' },
  'GET /api/v1/projects/:id/access': { see: 'view_project' },
  'GET /api/v1/projects/:id/financials': { see: 'view_project', do: 'view_financials' },
  'GET /api/v1/participations': { see: 'view_project', note: 'with `project_id`; without it, the projects the caller sees' },
  'POST /api/v1/participations': {
    see: 'view_project',
    do: 'invite_members',
    note: 'at most at the inviter’s level; rates need `edit_financials`',
  },
  'GET /api/v1/participations/:id': { see: 'view_project' },
  'PUT /api/v1/participations/:id': { see: 'view_project', do: 'manage_members' },
  'DELETE /api/v1/participations/:id': {
    see: 'view_project',
    do: 'manage_members',
    note: 'someone else’s; leaving a project needs nothing more',
  },
  'GET /api/v1/tasks': { see: 'view_tasks', note: 'with `project_id`; without it, the tasks of the projects the caller sees' },
  'POST /api/v1/tasks': { see: 'view_tasks', do: 'edit_tasks' },
  'GET /api/v1/tasks/:id': { see: 'view_tasks' },
  'PUT /api/v1/tasks/:id': { see: 'view_tasks', do: 'edit_tasks', note: 'plus `edit_own_tasks` (creator or assignee) or `edit_all_tasks`' },
  'DELETE /api/v1/tasks/:id': { see: 'view_tasks', do: 'edit_tasks', note: 'plus `delete_own_tasks` (creator) or `delete_all_tasks`' },
  'POST /api/v1/time-entries': { see: 'view_project', do: 'log_own_time', note: 'for yourself; for someone else `edit_others_time`' },
  'GET /api/v1/time-entries/:id': { see: 'view_team_time', note: 'someone else’s entry; your own is always visible' },
  'PUT /api/v1/time-entries/:id': { do: 'log_own_time', note: 'your own entry; someone else’s needs `edit_others_time`' },
  'DELETE /api/v1/time-entries/:id': { do: 'log_own_time', note: 'your own entry; someone else’s needs `delete_others_time`' },
  'POST /api/v1/time-entries/:id/request-approval': { see: 'view_project', note: 'your own entry' },
  'POST /api/v1/timer/start': { see: 'view_project', do: 'log_own_time' },
  'POST /api/v1/expenses': { see: 'view_project', do: 'log_own_expenses', note: 'for yourself; for someone else `edit_others_expenses`' },
  'GET /api/v1/expenses/:id': { see: 'view_team_expenses', note: 'someone else’s expense; your own is always visible' },
  'PUT /api/v1/expenses/:id': { do: 'log_own_expenses', note: 'your own expense; someone else’s needs `edit_others_expenses`' },
  'DELETE /api/v1/expenses/:id': { do: 'log_own_expenses', note: 'your own expense; someone else’s needs `delete_others_expenses`' },
  'POST /api/v1/time-entry-approvals/:id/approve': {
    see: 'approve_time',
    note: 'someone else’s entry; your own requests are visible but not yours to decide',
  },
  'POST /api/v1/time-entry-approvals/:id/reject': {
    see: 'approve_time',
    note: 'someone else’s entry; your own requests are visible but not yours to decide',
  },
  'POST /api/v1/invoices': { see: 'view_project', do: 'invoice', note: 'with `project_id`' },
  'POST /api/v1/invoices/from-time-entries': { see: 'view_project', do: 'invoice', note: 'with `project_id`' },
  'GET /api/v1/invoices/:id': { see: 'view_financials', note: 'or the invoice’s creator, or `view_all_invoices`' },
  'GET /api/v1/invoices/:id/html': { see: 'view_financials', note: 'or the invoice’s creator, or `view_all_invoices`' },
  'PUT /api/v1/invoices/:id': { see: 'view_financials', do: 'invoice', note: 'seeing as for `GET /invoices/{id}`' },
  'DELETE /api/v1/invoices/:id': { see: 'view_financials', do: 'invoice', note: 'seeing as for `GET /invoices/{id}`' },
  'POST /api/v1/invoices/:id/send': { see: 'view_financials', do: 'invoice', note: 'seeing as for `GET /invoices/{id}`' },
  'POST /api/v1/invoices/:id/payments': { see: 'view_financials', do: 'invoice', note: 'seeing as for `GET /invoices/{id}`' },
};

const routeKey = (r: Pick<DocRoute, 'method' | 'path'>) => `${r.method} ${r.path}`;
const shownPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
const code = (s: string) => `\`${s}\``;

function requirementOf(r: DocRoute): PermissionRequirement | null {
  const names = (r.permissions ?? []).filter(isPermission);
  if (names.length !== (r.permissions ?? []).length)
    throw new Error(`${routeKey(r)} names a permission outside the catalog: ${r.permissions?.join(', ')}`);
  if (names.length === 0) return null;
  if (names.length === 1) return names[0]!;
  return r.permission_mode === 'all' ? { allOf: names } : { anyOf: names };
}

export function accessKind(r: DocRoute): 'public' | 'authenticated' | 'permission' {
  if (r.access === 'public') return 'public';
  return (r.permissions ?? []).length > 0 ? 'permission' : 'authenticated';
}

function permissionCell(r: DocRoute): string {
  const names = r.permissions ?? [];
  if (names.length === 0) return '—';
  if (names.length === 1) return code(names[0]!);
  return `${r.permission_mode === 'all' ? 'all of' : 'any of'} ${names.map(code).join(', ')}`;
}

function scopeCell(r: DocRoute): string {
  if (accessKind(r) === 'public') return '—';
  return r.scope === null ? 'session only' : code(r.scope);
}

/** The action's minimum level and the flag / account permissions that also allow it, read from the shared per-action rules. */
function describeAction(action: ProjectAction): string {
  const rule = PROJECT_RULES[action];
  const alternatives: string[] = [];
  if (rule.flag) alternatives.push(`flag ${code(rule.flag)}`);
  if (rule.permission) {
    const req = rule.permission;
    if (typeof req === 'string') alternatives.push(`permission ${code(req)}`);
    else if ('anyOf' in req) alternatives.push(...req.anyOf.map((p) => `permission ${code(p)}`));
    else alternatives.push(`permissions ${req.allOf.map(code).join(' + ')}`);
  }
  return `${code(action)} (≥ ${code(rule.minimum)}${alternatives.map((a) => ` or ${a}`).join('')})`;
}

function projectCell(r: DocRoute): string {
  const rule = PROJECT_RULES_BY_ROUTE[routeKey(r)];
  if (!rule) return '—';
  const parts = [...(rule.see ? [`see ${describeAction(rule.see)}`] : []), ...(rule.do ? [`do ${describeAction(rule.do)}`] : [])];
  return `${parts.join(' · ')}${rule.note ? ` — ${rule.note}` : ''}`;
}

function rolesCell(r: DocRoute): string {
  const kind = accessKind(r);
  if (kind === 'public') return 'everyone, signed in or not';
  const requirement = requirementOf(r);
  const passing = SYSTEM_ROLE_NAMES.filter(
    (role) => requirement === null || hasPermission(closePermissions(SYSTEM_ROLES[role].permissions), requirement),
  );
  return passing.length === 0 ? 'none' : passing.join(', ');
}

const INTRO = `# Access matrix

<!-- Generated by \`pnpm docs:generate\` (scripts/docs/access-matrix.ts). Do not edit by hand:
     tests/access-matrix-docs.test.ts fails when this page differs from what the generator writes. -->

Every API route with what it takes to pass, one row per route. The first four columns come from
each route's \`config.access\` (the route table, also published by \`GET /api/v1/info\`); how the
layers combine is explained in [authorization](authorization.md).

- **Access**: \`public\` (no sign-in), \`authenticated\` (any signed-in user) or \`permission\`.
- **Permission**: the account permission the route requires; *any of* / *all of* for several.
  A bearer token's owner must hold it too, on every request.
- **Token scope**: what a bearer token must hold; *session only* routes refuse every token (403).
- **Project level**: the project checks the service makes for the object the row describes
  ([the project layer](authorization.md#the-project-layer)). *see* — without this action the
  object or its project is invisible: **404**. *do* — visible, but without this action: **403**
  naming \`required_project_level\`. Each action is allowed by membership at the level shown, or by
  the flag or account permission shown (*permissions a + b*: both together). Account permissions
  reach their action on every project the caller can see — only \`view_all_projects\` (and an admin
  role) makes a project visible, and \`view_all_tasks\` shows the tasks of every project. Account
  admins act as \`admin\` on every project. Routes with — here make no project check beyond
  filtering lists to what the caller may see.
- **System roles**: which seeded roles pass the route's permission check (before project checks).

\`apps/api/test/access-matrix.test.ts\` reads this page as the documented policy and checks every row
against real responses on PGlite and PostgreSQL: anonymous, each system role, a custom role, each
project level and a non-member, tokens with and without the route's scope and a token whose owner
lacks the permission. A response counts as *passed the access check* when it is 2xx or one of 400,
409, 422 (the request reached the handler and was judged on its input).`;

export function renderAccessMatrix(routes: readonly DocRoute[]): string {
  const keys = new Set(routes.map(routeKey));
  const stale = Object.keys(PROJECT_RULES_BY_ROUTE).filter((k) => !keys.has(k));
  if (stale.length > 0) throw new Error(`PROJECT_RULES_BY_ROUTE names routes that do not exist: ${stale.join(', ')}`);
  for (const rule of Object.values(PROJECT_RULES_BY_ROUTE)) {
    for (const action of [rule.see, rule.do])
      if (action && !PROJECT_ACTIONS.includes(action)) throw new Error(`unknown project action ${action}`);
  }
  const sorted = [...routes]
    .filter((r) => r.path.startsWith('/api/v1/'))
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  const rows = sorted.map(
    (r) =>
      `| ${code(`${r.method} ${shownPath(r.path)}`)} | ${accessKind(r)} | ${permissionCell(r)} | ${scopeCell(r)} | ${projectCell(r)} | ${rolesCell(r)} |`,
  );
  const table = ['| Route | Access | Permission | Token scope | Project level | System roles |', '|---|---|---|---|---|---|', ...rows].join(
    '\n',
  );
  return `${INTRO}\n\n${table}\n`;
}

/** One row of the page, read back: what the access-matrix test takes as the documented policy. */
export interface DocumentedRoute {
  readonly method: string;
  /** With `:param` placeholders, as in the route table. */
  readonly path: string;
  readonly access: 'public' | 'authenticated' | 'permission';
  readonly permissions: readonly string[];
  readonly mode: 'any' | 'all' | null;
  /** null: session only (or public). */
  readonly scope: string | null;
  readonly see: ProjectAction | null;
  readonly do: ProjectAction | null;
}

/** Parses the rendered table (the inverse of `renderAccessMatrix` for the columns a test needs). */
export function parseAccessMatrix(page: string): DocumentedRoute[] {
  const out: DocumentedRoute[] = [];
  for (const line of page.split('\n')) {
    const m =
      /^\| `(GET|POST|PUT|PATCH|DELETE) (\/api\/v1\/[^`]*)` \| (public|authenticated|permission) \| ([^|]*) \| ([^|]*) \| ([^|]*) \|/.exec(
        line,
      );
    if (!m) continue;
    const [, method, path, access, permissionText, scopeText, projectText] = m as unknown as [
      string,
      string,
      string,
      DocumentedRoute['access'],
      string,
      string,
      string,
    ];
    const permissions = [...permissionText.matchAll(/`([a-z_]+)`/g)].map((x) => x[1]!);
    const mode = permissions.length > 1 ? (permissionText.trim().startsWith('all of') ? 'all' : 'any') : null;
    const scope = /`([^`]+)`/.exec(scopeText)?.[1] ?? null;
    const action = (word: 'see' | 'do') => (new RegExp(`${word} \`([a-z_]+)\``).exec(projectText)?.[1] ?? null) as ProjectAction | null;
    out.push({
      method: method!,
      path: path!.replace(/\{(\w+)\}/g, ':$1'),
      access,
      permissions,
      mode,
      scope,
      see: action('see'),
      do: action('do'),
    });
  }
  return out;
}
