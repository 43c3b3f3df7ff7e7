/**
 * Renders `docs/api/scopes.md`, the API token scope reference, so that it cannot drift from the code:
 *
 * - scope names, descriptions, the admins-only flag, what each scope covers (write:X ⇒ read:X,
 *   wildcards), the backing permissions, who may be granted what and the five presets all come
 *   from `packages/shared` (SCOPES, scopeSatisfies, refusedScopes, SCOPE_PRESETS, SYSTEM_ROLES);
 * - the endpoints of each scope come from the API's route table (`GET /api/v1/info` → `endpoints`),
 *   passed in by the caller (see `routes.ts`).
 *
 * Only prose lives here: use cases per scope (keyed with `satisfies Record<Scope, …>`, so a new
 * scope does not compile until it is described), best practices and troubleshooting. Statements
 * the prose makes about the rules are checked against the shared code while rendering, and every
 * hand-picked curl example must name a route that exists and that the scope covers — otherwise
 * rendering throws. The output is deterministic (no dates, stable order), so
 * `tests/scope-docs.test.ts` can compare it with the committed file byte for byte.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ADMIN_ROLE_NAMES,
  closePermissions,
  isScope,
  refusedScopes,
  SCOPE_NAMES,
  SCOPE_PRESETS,
  SCOPE_RESOURCE_NAMES,
  SCOPE_RESOURCES,
  SCOPES,
  scopeSatisfies,
  SYSTEM_ROLE_NAMES,
  SYSTEM_ROLES,
  type Permission,
  type RequiredScope,
  type Scope,
} from '../../packages/shared/src/index.js';

/** One entry of the route table, as `GET /api/v1/info` lists it. Only method, path and scope are required. */
export interface DocRoute {
  method: string;
  path: string;
  scope: string | null;
  /** `public` or `authenticated`; tells public routes from browser-session-only ones (both have no scope). */
  access?: string;
  permissions?: string[];
  permission_mode?: 'any' | 'all' | null;
  /** The route's project checks (`config.access.project`): `see` → 404 without it, `action` → 403. */
  project?: { see: string | null; action: string | null; note: string | null } | null;
}

export const SCOPE_REFERENCE_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/api/scopes.md');

const BASE_URL = 'http://localhost:3000';
/** The permission that lets someone create tokens at all (checked against the route table below). */
const TOKEN_PERMISSION = 'manage_own_api_tokens' satisfies Permission;

// ---------------------------------------------------------------------------------------------
// Prose per scope

interface Example {
  method: string;
  /** As in the route table, with `:id` parameters (filled with `1` in the example). */
  path: string;
  query?: string;
  body?: Record<string, unknown>;
}

interface ScopeGuide {
  useCases: readonly string[];
  notes?: readonly string[];
  /** Shown once the route exists; until then an example is picked from the scope's endpoints. */
  example?: Example;
}

const GUIDE = {
  'read:projects': {
    useCases: [
      'Dashboards and reporting tools that show project names and status',
      'Choosing a project in a timer app',
      'Project status monitors',
    ],
    notes: [
      'A token sees the projects its owner sees: those they take part in, or all of them with `view_all_projects`.',
      'Project members (participations) use the projects scopes too.',
    ],
    example: { method: 'GET', path: '/api/v1/projects' },
  },
  'write:projects': {
    useCases: [
      'Project management integrations',
      'Creating projects automatically, for example when a deal is won in a CRM',
      'Bulk updates and archiving',
      'Adding and removing project members',
    ],
    example: { method: 'POST', path: '/api/v1/projects', body: { name: 'New Project', status: 'active' } },
  },
  'read:time_entries': {
    useCases: [
      'Timesheet exports',
      'Reporting and analytics',
      'Preparing invoices from billable hours',
      'Showing today’s hours and the running timer',
    ],
    notes: [
      'A token sees the entries its owner sees: their own, and other people’s only where the owner’s permissions (`view_all_time_entries`) or project access (at least “view time and expenses”) allow.',
    ],
    example: { method: 'GET', path: '/api/v1/time-entries', query: 'start_date=2025-01-01' },
  },
  'write:time_entries': {
    useCases: [
      'Starting and stopping the timer from another app (phone, desktop, chat)',
      'Creating entries from a calendar',
      'Bulk corrections',
    ],
    example: { method: 'POST', path: '/api/v1/timer/start', body: { project_id: 1 } },
  },
  'read:tasks': {
    useCases: ['Kanban boards and progress tracking', 'Choosing a task in a timer app', 'Task reports'],
    example: { method: 'GET', path: '/api/v1/tasks', query: 'project_id=1&status=todo' },
  },
  'write:tasks': {
    useCases: ['Two-way sync with an issue tracker', 'Creating tasks automatically', 'Updating task status from another tool'],
    example: { method: 'POST', path: '/api/v1/tasks', body: { name: 'New Task', project_id: 1, status: 'todo' } },
  },
  'read:clients': {
    useCases: ['CRM integrations and client directories', 'Billing details for invoice generation'],
    example: { method: 'GET', path: '/api/v1/clients' },
  },
  'write:clients': {
    useCases: ['Keeping clients in sync with a CRM', 'Onboarding new clients automatically'],
    example: { method: 'POST', path: '/api/v1/clients', body: { name: 'New Client', email: 'client@example.com' } },
  },
  'read:expenses': {
    useCases: ['Expense reports', 'Exports to accounting software'],
    notes: ['A token sees the expenses its owner sees, under the same rules as time entries.'],
    example: { method: 'GET', path: '/api/v1/expenses' },
  },
  'write:expenses': {
    useCases: ['Receipt-scanning apps', 'Importing card transactions'],
  },
  'read:reports': {
    useCases: ['Business intelligence tools', 'Analytics dashboards', 'Management reporting'],
    notes: ['Reports cover the owner’s own data unless they hold `view_all_reports`; amounts appear only with financial access.'],
    example: { method: 'GET', path: '/api/v1/reports/summary', query: 'start_date=2025-01-01&end_date=2025-01-31&group_by=project' },
  },
  'write:reports': {
    useCases: ['Tools that save report definitions for people'],
  },
  'read:users': {
    useCases: [
      'Showing whose token an integration uses',
      'Checking the owner’s effective permissions and the token’s scopes before acting (`GET /users/me/permissions`)',
    ],
    notes: ['Only your own user: listing and managing other users needs `admin:all` (and the owner’s permission, such as `view_users`).'],
    example: { method: 'GET', path: '/api/v1/users/me' },
  },
  'write:users': {
    useCases: ['Keeping your name and email in sync with a directory'],
    example: { method: 'PATCH', path: '/api/v1/users/me', body: { name: 'Ana Lima' } },
  },
  'read:invoices': {
    useCases: ['Exports to accounting software', 'Dashboards of open and paid invoices'],
    notes: ['Invoices are financial data: the owner needs financial access to the project as well.'],
    example: { method: 'GET', path: '/api/v1/invoices' },
  },
  'write:invoices': {
    useCases: [
      'Generating invoices from billable time',
      'Sending invoices on a schedule',
      'Recording payments reported by a payment provider',
    ],
  },
  'read:time_approvals': {
    useCases: ['Dashboards of the approval queue', 'Reminders to approvers'],
    example: { method: 'GET', path: '/api/v1/time-entry-approvals' },
  },
  'write:time_approvals': {
    useCases: ['Requesting approval at the end of the week', 'Approving or rejecting from a chat tool'],
  },
  'read:api_tokens': {
    useCases: ['Checking which of your tokens expire soon', 'Inventories of the integrations you run'],
    example: { method: 'GET', path: '/api/v1/api-tokens' },
  },
  'write:api_tokens': {
    useCases: ['Deployment tools that hand each job its own short-lived, narrower token', 'Rotating an integration’s secret on a schedule'],
    notes: [
      'A token makes, edits and rotates tokens only within itself: the scopes it holds, its own expiry and its own IP allowlist (which it can neither lift nor widen). See [tokens made by tokens](api-tokens.md#tokens-made-by-tokens).',
    ],
    example: { method: 'POST', path: '/api/v1/api-tokens', body: { name: 'CI job', scopes: ['read:projects'], expires_in_days: 1 } },
  },
  'read:deals': {
    useCases: ['Sales dashboards of the pipeline by stage', 'Forecasts from deal values and probabilities'],
    notes: ["Without view_all_deals the owner's token sees only the deals they own, whatever `owner_id` asks for."],
    example: { method: 'GET', path: '/api/v1/deals?status=open' },
  },
  'write:deals': {
    useCases: ['Creating deals from a web form or another CRM', 'Moving deals between stages, winning or losing them from a chat tool'],
    notes: ['Winning a deal with `create_project: true` also needs `write:projects` (and the owner needs create_projects).'],
    example: { method: 'POST', path: '/api/v1/deals', body: { name: 'Website redesign', value_amount: 12000 } },
  },
  'read:leads': {
    useCases: ['Lead reports by source and status', 'Copying leads into a mailing tool'],
    example: { method: 'GET', path: '/api/v1/leads?status=new' },
  },
  'write:leads': {
    useCases: ['Capturing leads from a contact form', 'Converting qualified leads from another tool'],
    notes: [
      'Converting a lead with `create_client: true` also needs `write:clients`, and with a `deal` also `write:deals` (and the owner the matching permissions).',
    ],
    example: {
      method: 'POST',
      path: '/api/v1/leads',
      body: { name: 'Ada Lovelace', company: 'Analytical Engines Ltd', source: 'website' },
    },
  },
  'read:contacts': {
    useCases: ['Syncing client contacts into an address book'],
    example: { method: 'GET', path: '/api/v1/clients/1/contacts' },
  },
  'write:contacts': {
    useCases: ['Keeping contacts in step with another address book'],
    example: { method: 'POST', path: '/api/v1/clients/1/contacts', body: { first_name: 'Grace', last_name: 'Hopper', is_primary: true } },
  },
  'read:*': {
    useCases: ['Read-only audits and exports across every resource', 'Business intelligence over the whole installation'],
    example: { method: 'GET', path: '/api/v1/users/me' },
  },
  'write:*': {
    useCases: ['Administrative automation across resources that does not manage users or roles'],
    example: { method: 'PATCH', path: '/api/v1/users/me', body: { name: 'Automation' } },
  },
  'admin:all': {
    useCases: [
      'Administrative scripts: provisioning users, assigning roles',
      'Exporting the audit log',
      'Reviewing and revoking every user’s API tokens',
    ],
    notes: [
      '⚠️ The broadest scope there is: it opens every endpoint a token can use. Give it only to tools that need administration, keep the token’s lifetime short and limit it to known IP addresses.',
    ],
    example: { method: 'GET', path: '/api/v1/users' },
  },
  '*': {
    useCases: ['Integrations written for other products that expect `*`; prefer `admin:all`, which says what it means'],
    example: { method: 'GET', path: '/api/v1/audit-logs' },
  },
} as const satisfies Record<Scope, ScopeGuide>;

// ---------------------------------------------------------------------------------------------
// Helpers: markdown

const code = (s: string) => `\`${s}\``;
const cell = (s: string) => s.replace(/\|/g, '\\|');

function joinList(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/** GitHub's heading anchors (the same algorithm the docs link test uses). */
function slug(heading: string): string {
  return heading
    .replace(/[*`]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join(
    '\n',
  );
}

function fail(message: string): never {
  throw new Error(`scope reference: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Helpers: the scope rules, from packages/shared

/** Scopes a route can require (resource scopes and admin:all); wildcards are only ever granted. */
const REQUIRABLE = SCOPE_NAMES.filter((s): s is RequiredScope => !s.includes('*'));
const isRequirable = (s: string): s is RequiredScope => (REQUIRABLE as string[]).includes(s);
const SPECIAL = SCOPE_NAMES.filter((s) => !SCOPE_RESOURCE_NAMES.some((r) => s === `read:${r}` || s === `write:${r}`));

function covers(granted: readonly string[], required: string | null): boolean {
  return required !== null && isRequirable(required) && scopeSatisfies(granted, required);
}

/** The other scopes a route may require that `scope` satisfies. */
const alsoCovers = (scope: Scope) => REQUIRABLE.filter((r) => r !== scope && covers([scope], r));
const coverKey = (scope: Scope) => REQUIRABLE.filter((r) => covers([scope], r)).join(' ');
const equivalents = (scope: Scope) => SCOPE_NAMES.filter((o) => o !== scope && coverKey(o) === coverKey(scope));
const coveredBy = (scope: Scope) => SCOPE_NAMES.filter((o) => o !== scope && isRequirable(scope) && covers([o], scope));
const isAdminOnly = (scope: Scope) => 'adminOnly' in SCOPES[scope] && SCOPES[scope].adminOnly === true;
const resourceScopes = (action: 'read' | 'write') => SCOPE_RESOURCE_NAMES.map((r) => `${action}:${r}`).filter(isScope);

/** "every `read:` scope, `admin:all`" instead of nine names. */
function describeScopeSet(list: readonly string[]): string {
  const rest = new Set(list);
  const parts: string[] = [];
  for (const action of ['read', 'write'] as const) {
    const all = resourceScopes(action);
    if (all.every((s) => rest.has(s))) {
      parts.push(`every ${code(`${action}:`)} scope`);
      for (const s of all) rest.delete(s);
    }
  }
  parts.push(...[...rest].map(code));
  return parts.length > 0 ? joinList(parts) : 'nothing else';
}

interface RoleAccess {
  name: string;
  isAdmin: boolean;
  permissions: ReadonlySet<Permission>;
  canCreateTokens: boolean;
}

const ROLES: RoleAccess[] = SYSTEM_ROLE_NAMES.map((name) => {
  const permissions = closePermissions(SYSTEM_ROLES[name].permissions);
  return {
    name,
    isAdmin: (ADMIN_ROLE_NAMES as readonly string[]).includes(name),
    permissions,
    canCreateTokens: permissions.has(TOKEN_PERMISSION),
  };
});

const grantable = (role: RoleAccess, scopes: readonly string[]) => role.canCreateTokens && refusedScopes(scopes, role).length === 0;

function backedBy(scope: Scope): string {
  const perms: readonly Permission[] = SCOPES[scope].backedBy;
  if (isAdminOnly(scope)) return 'admins only';
  if (perms.length === 0) return 'every user (no permission needed)';
  if (perms.length === 1) return code(perms[0]!);
  return `any of ${perms.map(code).join(', ')}`;
}

/** The prose below states these rules; rendering stops if the shared code no longer agrees. */
function checkStatedRules(): void {
  for (const r of SCOPE_RESOURCE_NAMES) {
    const read = `read:${r}`;
    const write = `write:${r}`;
    if (!isScope(read) || !isScope(write)) fail(`resource ${r} lacks a read or write scope`);
    if (!covers([write], read)) fail(`${write} no longer covers ${read}: update the prose`);
    if (covers([read], write)) fail(`${read} now covers ${write}: update the prose`);
  }
  const reads = resourceScopes('read');
  const writes = resourceScopes('write');
  const expect = (scope: string, list: string[], what: string) => {
    if (!isScope(scope)) fail(`${scope} is no longer a scope: update the prose`);
    const got = alsoCovers(scope).join(' ');
    if (got !== list.join(' ')) fail(`${scope} should cover ${what}, but covers: ${got}`);
  };
  expect('read:*', reads, 'every read: scope');
  expect(
    'write:*',
    REQUIRABLE.filter((s) => reads.includes(s) || writes.includes(s)),
    'every read: and write: scope',
  );
  expect(
    'admin:all',
    REQUIRABLE.filter((s) => s !== 'admin:all'),
    'every scope',
  );
  if (!covers(['*'], 'admin:all') || coverKey('*') !== coverKey('admin:all')) fail('* is no longer equivalent to admin:all');
  if (SCOPE_NAMES.some((s) => s !== 'admin:all' && s !== '*' && covers([s], 'admin:all')))
    fail('something besides admin:all and * covers admin:all');
  const adminOnly = SCOPE_NAMES.filter(isAdminOnly).sort().join(' ');
  if (adminOnly !== ['*', 'admin:all', 'read:*', 'write:*'].sort().join(' ')) fail(`the admins-only scopes changed: ${adminOnly}`);
}

// ---------------------------------------------------------------------------------------------
// Helpers: the route table

const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

interface Endpoint extends DocRoute {
  /** `/api/v1/users/{id}` */
  display: string;
}

function endpointsOf(routes: readonly DocRoute[]): Endpoint[] {
  return routes
    .map((r) => ({ ...r, method: r.method.toUpperCase(), display: r.path.replace(/:(\w+)/g, '{$1}') }))
    .sort(
      (a, b) =>
        byCodePoint(a.path, b.path) || METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method) || byCodePoint(a.method, b.method),
    );
}

function permissionText(e: Endpoint): string {
  if (e.permissions === undefined) return '—';
  if (e.permissions.length === 0) return 'any signed-in user';
  if (e.permissions.length === 1) return code(e.permissions[0]!);
  return `${e.permission_mode === 'all' ? 'all' : 'any'} of ${e.permissions.map(code).join(', ')}`;
}

function endpointTable(list: readonly Endpoint[]): string {
  return table(
    ['endpoint', 'the owner also needs'],
    list.map((e) => [code(`${e.method} ${e.display}`), permissionText(e)]),
  );
}

function curl(ex: Example): string {
  const url = `${BASE_URL}${ex.path.replace(/:(\w+)/g, '1')}${ex.query ? `?${ex.query}` : ''}`;
  const target = ex.query ? `"${url}"` : url;
  const auth = '-H "Authorization: Bearer $TK_TOKEN"';
  const parts = ex.method === 'GET' ? [`curl -s ${auth}`, target] : [`curl -s -X ${ex.method} ${target}`, auth];
  const hasBody = ex.method === 'POST' || ex.method === 'PUT' || ex.method === 'PATCH';
  if (ex.body) parts.push("-H 'Content-Type: application/json'", `-d '${JSON.stringify(ex.body)}'`);
  else if (hasBody) parts.push("-H 'Content-Type: application/json'", '-d @body.json   # the fields are in the reference at /api/docs');
  return ['```sh', parts.map((p, i) => (i === 0 ? p : `  ${p}`)).join(' \\\n'), '```'].join('\n');
}

/** Code-point order: the same everywhere, whatever the locale. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The hand-picked example when its route exists (and the scope covers it), else one from the scope's own endpoints. */
function exampleFor(scope: Scope, own: readonly Endpoint[], all: readonly Endpoint[]): Example | null {
  const picked: Example | undefined = (GUIDE[scope] as ScopeGuide).example;
  if (picked) {
    const route = all.find((e) => e.method === picked.method && e.path === picked.path);
    if (route) {
      if (!covers([scope], route.scope))
        fail(`the example for ${scope} uses ${picked.method} ${picked.path}, which needs ${String(route.scope)}`);
      return picked;
    }
  }
  const read = scope.startsWith('read:');
  const preferred =
    own.find((e) => (read ? e.method === 'GET' : e.method !== 'GET') && !e.path.includes(':')) ??
    own.find((e) => (read ? e.method === 'GET' : e.method !== 'GET')) ??
    own[0];
  return preferred ? { method: preferred.method, path: preferred.path } : null;
}

// ---------------------------------------------------------------------------------------------
// Sections

function scopeSection(scope: Scope, level: string, endpoints: readonly Endpoint[] | null): string {
  const guide: ScopeGuide = GUIDE[scope];
  const out: string[] = [`${level} ${scopeHeading(scope)}`, '', `**Grants:** ${SCOPES[scope].description}.`, ''];
  const same = equivalents(scope);
  if (same.length > 0) out.push(`**Equivalent to:** ${joinList(same.map(code))} — it opens exactly the same endpoints.`, '');
  out.push(`**Also covers:** ${describeScopeSet(alsoCovers(scope))}.`, '');
  const by = coveredBy(scope).filter((o) => !same.includes(o));
  if (by.length > 0) out.push(`**Also opened by:** ${joinList(by.map(code), 'or')}.`, '');
  out.push(`**Admins only:** ${isAdminOnly(scope) ? 'yes' : 'no'}. **Backed by:** ${backedBy(scope)}.`, '');

  let example: Example | null = null;
  if (endpoints === null) {
    out.push('**Endpoints:** listed by `GET /api/v1/info` (`endpoints[].scope`).', '');
  } else {
    const own = endpoints.filter((e) => e.scope === scope);
    const other = endpoints.filter((e) => e.scope !== scope && covers([scope], e.scope));
    if (own.length > 0) out.push('**Endpoints:**', '', endpointTable(own), '');
    else if (isRequirable(scope)) {
      const resource = SCOPE_RESOURCES[scope.split(':')[1] as keyof typeof SCOPE_RESOURCES];
      out.push(
        `**Endpoints:** none yet — the endpoints for ${resource?.description ?? scope} arrive in a later release; a token granted this scope now is ready for them.`,
        '',
      );
    }
    if (other.length > 0) {
      const n = `${other.length} endpoint${other.length === 1 ? '' : 's'}`;
      out.push(
        own.length > 0
          ? `Plus the ${n} of the scopes it also covers (listed under those scopes).`
          : `**Endpoints:** the ${n} of the scopes it covers (listed under those scopes).`,
        '',
      );
    }
    example = exampleFor(scope, own.length > 0 ? own : other, endpoints);
  }
  out.push('**Use cases:**', '', ...guide.useCases.map((u) => `- ${u}`), '');
  for (const note of guide.notes ?? []) out.push(note, '');
  if (example) out.push('**Example:**', '', curl(example), '');
  return out.join('\n');
}

function formatSection(): string {
  const resourceRows = SCOPE_RESOURCE_NAMES.map((r) => [
    code(r),
    SCOPE_RESOURCES[r].description,
    [`read:${r}`, `write:${r}`].filter(isScope).map(code).join(', '),
  ]);
  const specialRows = SPECIAL.map((s) => [code(s), SCOPES[s].description]);
  return `## Scope format

Scopes are written \`action:resource\`:

- **action** — \`read\` (view) or \`write\` (create, change, delete; a \`write\` scope also lets
  the token read the same resource);
- **resource** — one of:

${table(['resource', 'covers', 'scopes'], resourceRows)}

Special scopes, for administrators only:

${table(['scope', 'grants'], specialRows)}
`;
}

function checkingSection(): string {
  const rows = SCOPE_NAMES.map((s) => [code(s), describeScopeSet(alsoCovers(s))]);
  return `## How scope checking works

Every request made with a token passes these checks in order; the first one that fails answers.

1. **The token.** It must be well formed (\`tk_\`, 36 letters and digits, a valid checksum), known,
   not revoked, not expired, and its owner must be active — otherwise \`401\`. A token with an IP
   allowlist is refused from any other address (\`403\`). Each token may make
   \`TK_TOKEN_RATE_LIMIT\` requests a minute (default 600) — beyond that \`429\` with \`Retry-After\`.
2. **Browser-session-only endpoints** (sign-out, password change, the session list) refuse every
   token with \`403\`.
3. **The scope.** The endpoint requires one scope; one of the token's scopes must cover it —
   otherwise \`403\` naming \`required_scope\` and the token's \`available_scopes\`.
4. **The owner's permission.** The owner must hold the endpoint's account permission *now* —
   otherwise \`403\` naming \`required_permission\`. Roles, assignments and deactivation count from
   the very next request on the server that made the change, and on every other server within 1 s
   (see [the authorization cache](../development/authorization.md)).
5. **The object.** The endpoint checks what the owner may see and change: objects the owner may not
   see answer \`404\` (their existence is never confirmed), visible ones they may not change \`403\`.

Browser sessions skip step 3: scopes limit tokens, not people.

### What each scope covers

- A scope covers the endpoints that require it.
- \`write:X\` also covers \`read:X\` — a token that may change projects may also read them. \`read:X\`
  never covers \`write:X\`.
- \`read:*\` covers every \`read:\` scope; \`write:*\` covers every \`read:\` and \`write:\` scope.
- \`admin:all\` covers everything, including the administrative endpoints (users, roles, the audit
  log, token management) that require \`admin:all\` itself; \`*\` is the same as \`admin:all\`.
- Nothing else covers an endpoint that requires \`admin:all\`: not \`write:*\`, not \`read:users\`.

${table(['a token holding', 'also covers'], rows)}
`;
}

function grantSection(): string {
  const admins = joinList(ADMIN_ROLE_NAMES.map(code), 'or');
  const unbacked = SCOPE_NAMES.filter((s) => !isAdminOnly(s) && SCOPES[s].backedBy.length === 0);
  const cannot = ROLES.filter((r) => !r.canCreateTokens).map((r) => code(r.name));
  const rows = SCOPE_NAMES.map((s) => [
    code(s),
    backedBy(s),
    ...ROLES.map((r) => (r.canCreateTokens ? (grantable(r, [s]) ? '✓' : '') : '—')),
  ]);
  return `## Who may be granted a scope

Scopes are checked against the owner when a token is created, when its scopes are changed and when
it is rotated:

- **Administrators** — users holding the ${admins} role, and legacy admins — may be granted any scope.
- **Admins-only scopes** (${joinList(SCOPE_NAMES.filter(isAdminOnly).map(code))}) are refused to
  everyone else: \`422\` with reason \`admin_only\`.
- **Every other scope is backed by permissions**: a non-admin may be granted it only when they hold
  at least one of its backing permissions (a viewer cannot get \`write:projects\`). Otherwise \`422\`
  with reason \`not_backed\`, naming the scope. ${unbacked.length > 0 ? `${joinList(unbacked.map(code))} need${unbacked.length === 1 ? 's' : ''} no permission.` : ''}
- Creating tokens at all needs the \`${TOKEN_PERMISSION}\` permission.

Being granted a scope is not the whole story: on every request the owner's permission for that
endpoint is checked again ([step 4](#how-scope-checking-works)).

With the default roles (✓ = may be granted; — = the role cannot create tokens${cannot.length > 0 ? `: ${joinList(cannot)} lack${cannot.length === 1 ? 's' : ''} \`${TOKEN_PERMISSION}\`` : ''}):

${table(['scope', 'backed by', ...ROLES.map((r) => code(r.name))], rows)}

Custom roles follow the same rule with their own permissions.
`;
}

function scopesSection(endpoints: readonly Endpoint[] | null): string {
  const out = [
    '## Available scopes',
    '',
    `For each scope: what it grants, what else it covers, who may be granted it and the endpoints that
require it, with the account permission the route checks for the owner. The endpoint then checks
object and project access as well ([step 5](#how-scope-checking-works)).`,
    '',
  ];
  for (const r of SCOPE_RESOURCE_NAMES) {
    out.push(`### ${SCOPE_RESOURCES[r].label}`, '');
    for (const s of [`read:${r}`, `write:${r}`].filter(isScope)) out.push(scopeSection(s, '####', endpoints));
  }
  out.push(
    '### Wildcards and admin:all',
    '',
    'Admins only. Prefer resource scopes: a wildcard keeps working for every resource added later.',
    '',
  );
  for (const s of SPECIAL) out.push(scopeSection(s, '####', endpoints));
  return out.join('\n');
}

function presetsSection(endpoints: readonly Endpoint[] | null): string {
  const out = [
    '## Scope combinations',
    '',
    'Ready-made combinations for common integrations; `GET /api/v1/scopes` lists them as `presets` for scope pickers.',
    '',
  ];
  SCOPE_PRESETS.forEach((p, i) => {
    const roles = ROLES.filter((r) => grantable(r, p.scopes)).map((r) => code(r.name));
    out.push(`### ${i + 1}. ${p.name}`, '', '```text', ...p.scopes, '```', '', `**Use for:** ${p.use_for}.`, '');
    out.push(`- Default roles that may be granted it: ${roles.length > 0 ? joinList(roles) : 'none'}.`);
    if (endpoints) out.push(`- Endpoints it opens today: ${endpoints.filter((e) => covers(p.scopes, e.scope)).length}.`);
    out.push('');
  });
  return out.join('\n');
}

function noTokenSection(endpoints: readonly Endpoint[]): string {
  const none = endpoints.filter((e) => e.scope === null);
  const known = none.every((e) => e.access !== undefined);
  const pub = none.filter((e) => e.access === 'public');
  const session = none.filter((e) => e.access !== 'public');
  const list = (l: readonly Endpoint[]) => l.map((e) => code(`${e.method} ${e.display}`)).join(', ');
  if (!known) return `## Endpoints without a scope\n\nNo token is accepted, or none is needed, on: ${list(none)}.\n`;
  return `## Endpoints without a scope

- **Public** — no token needed: ${list(pub)}.
- **Browser session only** — every token is refused with \`403\`: ${list(session)}.
`;
}

function referenceTable(endpoints: readonly Endpoint[] | null): string {
  const yes = (b: boolean) => (b ? '✅' : '❌');
  const head = [
    'scope',
    'read',
    'write',
    'administration',
    'admins only',
    'backed by',
    ...(endpoints ? ['endpoints today'] : []),
    'grants',
  ];
  const rows = SCOPE_NAMES.map((s) => {
    const reads = resourceScopes('read').some((r) => covers([s], r));
    const writes = resourceScopes('write').some((w) => covers([s], w));
    const count = endpoints ? [String(endpoints.filter((e) => covers([s], e.scope)).length)] : [];
    return [
      `[${code(s)}](#${slug(scopeHeading(s))})`,
      yes(reads),
      yes(writes),
      yes(covers([s], 'admin:all')),
      yes(isAdminOnly(s)),
      backedBy(s),
      ...count,
      SCOPES[s].description,
    ];
  });
  return `## Reference table

“endpoints today” counts every endpoint the scope opens, including those of the scopes it covers.

${table(head, rows)}
`;
}

function scopeHeading(scope: Scope): string {
  const heading = code(scope);
  return slug(heading) === '' ? `${heading} (wildcard)` : heading;
}

// ---------------------------------------------------------------------------------------------
// Fixed prose

const INTRO = `# API token scopes

<!-- Generated by \`pnpm docs:generate\` (scripts/docs/scope-reference.ts) from packages/shared and the
API route table. Do not edit by hand: tests/scope-docs.test.ts fails when this page is out of date. -->

API tokens use **scopes** to control what they can reach. When you create a token you choose its
scopes; every API endpoint requires one scope, and a request made with the token is refused unless
one of the token's scopes covers it. This page explains each scope, the endpoints it opens today and
when to use it.

**A scope never lets a token do more than its owner can do right now.** A request made with a token
needs the scope *and* the owner's current account permission (and, for project data, their access
to the project). When the owner loses a permission — a role removed, an assignment expired, the
account deactivated — their tokens lose it on the very next request (on another server, within 1 s).

Creating, rotating and revoking tokens: the [API tokens guide](../guides/api-tokens.md) and the
[endpoint reference](api-tokens.md). The same catalog is served by \`GET /api/v1/scopes\` (with the
presets) and \`GET /api/v1/info\` (with every endpoint's scope and permission).

- [Scope format](#scope-format)
- [How scope checking works](#how-scope-checking-works)
- [Who may be granted a scope](#who-may-be-granted-a-scope)
- [Available scopes](#available-scopes)
- [Scope combinations](#scope-combinations)
- [Endpoints without a scope](#endpoints-without-a-scope)
- [Security best practices](#security-best-practices)
- [Testing a token's scopes](#testing-a-tokens-scopes)
- [Troubleshooting](#troubleshooting)
- [Reference table](#reference-table)

Examples use \`curl\` against \`${BASE_URL}\` with the token in the \`TK_TOKEN\` environment variable
(\`export TK_TOKEN=tk_…\`); replace the host with yours. \`X-API-Key: $TK_TOKEN\` works as well as
\`Authorization: Bearer $TK_TOKEN\`.
`;

const BEST_PRACTICES = `## Security best practices

### Least privilege

- Grant the fewest scopes the integration needs; start from a preset and remove what it does not use.
- Prefer \`read:\` scopes; add \`write:\` only for what the integration changes.
- Avoid \`admin:all\` and the wildcards unless the tool really administers the installation.
- Create **one token per integration**, so you can see each one's usage and revoke one without
  breaking the others:

  \`\`\`text
  Token 1: time tracking app    read:projects, read:tasks, write:time_entries
  Token 2: reporting tool       read:projects, read:time_entries, read:reports
  Token 3: admin script         admin:all (short expiry, IP allowlist)
  \`\`\`

### Token management

- Every token expires; choose the shortest lifetime that works (at most \`TK_TOKEN_MAX_DAYS\`,
  365 days by default) and a few days for one-off jobs.
- Limit tokens used from fixed servers to their addresses with an IP allowlist (\`allowed_ips\`).
- Rotate tokens regularly: \`POST /api/v1/api-tokens/{id}/rotate\` issues a new secret with the same
  scopes and revokes the old one at once.
- Store the secret like a password — in a secret manager or an environment variable, never in a
  repository, a URL or a log. Secret scanners recognise the \`tk_\` prefix and checksum.
- Revoke a token the moment it may have leaked (\`DELETE /api/v1/api-tokens/{id}\`); it stops
  working on the next request on every server.

### Scope audit

Review tokens and their scopes regularly:

1. \`GET /api/v1/api-tokens\` lists your own tokens with \`scopes\`, \`last_used_at\`, \`last_used_ip\`
   and \`usage_count\`; administrators with \`manage_api_tokens\` see every user's tokens at
   \`GET /api/v1/admin/api-tokens\`.
2. Remove scopes a token does not use (\`PATCH /api/v1/api-tokens/{id}\` with a new \`scopes\` list).
3. Revoke tokens that have not been used for a long time.
4. The [audit log](audit-logs.md) records every token created, changed, rotated and revoked.
`;

function testingSection(all: readonly Endpoint[] | null): string {
  const read = { method: 'GET', path: '/api/v1/users/me' };
  const write = { method: 'PATCH', path: '/api/v1/users/me', body: { name: 'Test' } };
  if (all) {
    for (const [ex, scope] of [
      [read, 'read:users'],
      [write, 'write:users'],
    ] as const) {
      const route = all.find((e) => e.method === ex.method && e.path === ex.path);
      if (!route || route.scope !== scope) fail(`the testing example expects ${ex.method} ${ex.path} to require ${scope}`);
    }
  }
  return `## Testing a token's scopes

1. Create a test token with few scopes — for example only \`read:users\`.
2. Call an endpoint it covers, and one it does not.
3. Check that the second answers \`403\` naming the missing scope.

\`\`\`sh
# with a token holding only read:users
# this works (200):
curl -s -H "Authorization: Bearer $TK_TOKEN" ${BASE_URL}/api/v1/users/me

# this fails (403, required_scope "write:users"):
curl -s -X PATCH ${BASE_URL}/api/v1/users/me \\
  -H "Authorization: Bearer $TK_TOKEN" \\
  -H 'Content-Type: application/json' \\
  -d '{"name":"Test"}'
\`\`\`

\`GET /api/v1/users/me/permissions\` made with a token shows both halves at once: \`scopes\` (the
token's) and \`permissions\` (the owner's, right now).
`;
}

const TROUBLESHOOTING = `## Troubleshooting

Every error has the body described in [errors](README.md#errors), with a \`request_id\` to quote.

### "Insufficient permissions" naming a scope

**Cause:** the token lacks the scope the endpoint requires.

\`\`\`json
{
  "error": "Insufficient permissions",
  "message": "This endpoint requires the 'write:projects' scope",
  "required_scope": "write:projects",
  "available_scopes": ["read:projects", "read:time_entries"],
  "code": "forbidden",
  "request_id": "…"
}
\`\`\`

**Solution:**

1. Read \`required_scope\` in the answer.
2. Add it to the token — \`PATCH /api/v1/api-tokens/{id}\` with the full new \`scopes\` list, signed in
   in the browser — or create a new token with it. You can add only scopes you may be granted
   ([who may be granted a scope](#who-may-be-granted-a-scope)).
3. If you created a new token, update the integration and revoke the old one.

### "Insufficient permissions" naming a permission

**Cause:** the token has the scope, but its owner lacks the account permission — now. A role may
have been removed or have expired.

\`\`\`json
{
  "error": "Insufficient permissions",
  "message": "This action requires the 'create_projects' permission",
  "required_permission": "create_projects",
  "code": "forbidden",
  "request_id": "…"
}
\`\`\`

**Solution:** ask an administrator for the permission (it works from the next request — nobody
needs to sign in again or create a new token), or use a token of someone who holds it. A scope
cannot replace a permission.

### 403 "available to browser sessions only"

The endpoint (sign-out, password change, the session list, \`GET /auth/session\`) is for people in
the web app, never for tokens. There is no scope that opens it.

### 403 "This API token may not be used from …"

The token has an IP allowlist and the request came from another address. Behind a reverse proxy the
administrator must set \`TK_TRUST_PROXY\`, or every request seems to come from the proxy.

### 401 with a token

| \`message\` | cause |
|---|---|
| \`Malformed API token: expected tk_ followed by 36 letters and digits with a valid checksum\` | the value is cut off, has extra characters or a typo |
| \`Malformed Authorization header: expected "Bearer <token>"\` | the header is not \`Authorization: Bearer <token>\` |
| \`Unknown API token\` | no such token (perhaps from another installation) |
| \`This API token has been revoked\` | revoked, or replaced by a rotation |
| \`This API token has expired\` | past its \`expires_at\`: create a new one |
| \`This API token's owner is deactivated\` | the owner's account was deactivated |

### 422 when creating a token

A requested scope cannot be granted to you. The answer names the first refused scope and lists all
of them with a reason (\`unknown_scope\`, \`admin_only\` or \`not_backed\`):

\`\`\`json
{
  "error": "Unprocessable request",
  "message": "The scope 'write:projects' cannot be granted: your permissions do not back it",
  "code": "unprocessable",
  "request_id": "…",
  "scope": "write:projects",
  "refused": [{ "scope": "write:projects", "reason": "not_backed" }]
}
\`\`\`

### 429 Too many requests

The token made more than \`TK_TOKEN_RATE_LIMIT\` requests (default 600) within a minute. Wait for
the number of seconds in the \`Retry-After\` header. Each token has its own budget.

### Access denied for one object

\`404\` for an object that exists means its owner may not see it (other people's time entries, a
project they do not take part in); \`403\` means they may see it but not change it. Scopes do not
change this: use a token of someone who has access.
`;

// ---------------------------------------------------------------------------------------------

/**
 * The whole page. `routes`: the API route table (`GET /api/v1/info` → `endpoints`); without it
 * the page refers to `/info` instead of listing endpoints.
 */
export function renderScopeReference(routes?: readonly DocRoute[]): string {
  checkStatedRules();
  const endpoints = routes ? endpointsOf(routes) : null;
  if (endpoints) {
    const create = endpoints.find((e) => e.method === 'POST' && e.path === '/api/v1/api-tokens');
    if (create?.permissions && !create.permissions.includes(TOKEN_PERMISSION))
      fail(`POST /api/v1/api-tokens no longer needs ${TOKEN_PERMISSION}`);
    const unknown = endpoints.filter((e) => e.scope !== null && !isRequirable(e.scope));
    if (unknown.length > 0)
      fail(`routes require scopes that are not in the catalog: ${unknown.map((e) => `${e.method} ${e.path} ${e.scope}`).join(', ')}`);
  }
  const sections = [
    INTRO,
    formatSection(),
    checkingSection(),
    grantSection(),
    scopesSection(endpoints),
    presetsSection(endpoints),
    ...(endpoints ? [noTokenSection(endpoints)] : []),
    BEST_PRACTICES,
    testingSection(endpoints),
    TROUBLESHOOTING,
    referenceTable(endpoints),
  ];
  return `${sections.map((s) => s.trimEnd()).join('\n\n')}\n`;
}
