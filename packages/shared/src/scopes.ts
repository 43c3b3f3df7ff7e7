/**
 * API token scopes (layer 2, bearer requests only).
 *
 * Format `action:resource` with action `read` or `write`. Rules (docs/api/scopes.md):
 * - `write:X` implies `read:X` (docs/api/scopes.md#reference-table);
 * - `read:*` / `write:*` cover every resource for that action, `*` ≡ `admin:all` covers everything;
 * - wildcards and `admin:all` may be granted to admins only;
 * - a non-admin may be granted a scope only when one of its `backedBy` permissions is held.
 * A scope never widens what the owner may do: a bearer request needs the scope AND the owner's permission.
 */
import type { Permission } from './permissions.js';

export const SCOPE_RESOURCES = {
  projects: { label: 'Projects', description: 'projects and their members (participations)' },
  time_entries: { label: 'Time entries', description: 'time entries and the timer' },
  tasks: { label: 'Tasks', description: 'tasks' },
  clients: { label: 'Clients', description: 'clients' },
  expenses: { label: 'Expenses', description: 'expenses' },
  reports: { label: 'Reports', description: 'summary reports' },
  users: { label: 'Users', description: 'your own profile; user administration needs admin:all' },
  invoices: { label: 'Invoices', description: 'invoices and payments' },
  time_approvals: { label: 'Time approvals', description: 'time-entry approval requests and decisions' },
  api_tokens: { label: 'API tokens', description: "your own API tokens; every user's tokens need admin:all" },
  deals: { label: 'Deals', description: 'deals, their stages, winning and losing them' },
  leads: { label: 'Leads', description: 'leads and converting them' },
  contacts: { label: 'Contacts', description: 'the contacts of clients' },
} as const;

export type ScopeResource = keyof typeof SCOPE_RESOURCES;
export const SCOPE_RESOURCE_NAMES = Object.keys(SCOPE_RESOURCES) as ScopeResource[];

export type ScopeAction = 'read' | 'write';
export type ResourceScope = `${ScopeAction}:${ScopeResource}`;
export const WILDCARD_SCOPES = ['read:*', 'write:*', '*', 'admin:all'] as const;
export type WildcardScope = (typeof WILDCARD_SCOPES)[number];
export type Scope = ResourceScope | WildcardScope;

interface ScopeDefinition {
  readonly description: string;
  /** Any one of these permissions lets a non-admin be granted the scope. Empty: every active user. */
  readonly backedBy: readonly Permission[];
  readonly adminOnly?: boolean;
}

export const SCOPES = {
  'read:projects': { description: 'View projects and their members', backedBy: ['view_projects'] },
  'write:projects': {
    description: 'Create, update and archive projects; manage members',
    backedBy: ['create_projects', 'edit_projects', 'archive_projects'],
  },
  'read:time_entries': { description: 'View time entries and the timer status', backedBy: ['view_own_time_entries'] },
  'write:time_entries': {
    description: 'Create, update and delete time entries; start and stop the timer',
    backedBy: ['create_time_entries', 'edit_own_time_entries', 'delete_own_time_entries'],
  },
  'read:tasks': { description: 'View tasks', backedBy: ['view_own_tasks'] },
  'write:tasks': { description: 'Create, update and delete tasks', backedBy: ['create_tasks', 'edit_own_tasks', 'delete_own_tasks'] },
  'read:clients': { description: 'View clients', backedBy: ['view_clients'] },
  'write:clients': { description: 'Create, update and delete clients', backedBy: ['create_clients', 'edit_clients', 'delete_clients'] },
  'read:expenses': { description: 'View expenses', backedBy: ['view_own_expenses'] },
  'write:expenses': {
    description: 'Create, update and delete expenses',
    backedBy: ['create_expenses', 'edit_own_expenses', 'delete_own_expenses'],
  },
  'read:reports': { description: 'Read summary reports', backedBy: ['view_own_reports'] },
  'write:reports': { description: 'Save report definitions', backedBy: ['create_saved_reports'] },
  'read:users': { description: 'Read your own profile and permissions (GET /users/me)', backedBy: [] },
  'write:users': { description: 'Update your own profile', backedBy: [] },
  'read:invoices': { description: 'View invoices', backedBy: ['view_own_invoices'] },
  'write:invoices': {
    description: 'Create, edit, send invoices and record payments',
    backedBy: ['create_invoices', 'edit_invoices', 'send_invoices', 'manage_payments'],
  },
  'read:time_approvals': { description: 'View approval requests', backedBy: ['view_own_time_entries'] },
  'write:time_approvals': {
    description: 'Request, approve, reject and cancel time-entry approvals',
    backedBy: ['create_time_entries', 'approve_time_entries'],
  },
  'read:api_tokens': { description: 'List and view your own API tokens (never their secrets)', backedBy: ['manage_own_api_tokens'] },
  'write:api_tokens': {
    description:
      'Create, edit, rotate and revoke your own API tokens; a token only ever makes tokens within its own scopes, lifetime and IP allowlist',
    backedBy: ['manage_own_api_tokens'],
  },
  'read:deals': { description: 'View deals', backedBy: ['view_own_deals'] },
  'write:deals': {
    description: 'Create, update, win, lose and delete deals',
    backedBy: ['create_deals', 'edit_own_deals', 'delete_deals'],
  },
  'read:leads': { description: 'View leads', backedBy: ['view_own_leads'] },
  'write:leads': {
    description: 'Create, update, convert and delete leads',
    backedBy: ['create_leads', 'edit_own_leads', 'delete_leads', 'convert_leads'],
  },
  'read:contacts': { description: 'View the contacts of clients', backedBy: ['view_contacts'] },
  'write:contacts': {
    description: 'Create, update and delete contacts',
    backedBy: ['create_contacts', 'edit_contacts', 'delete_contacts'],
  },
  'read:*': { description: 'Read access to every resource (admins only)', backedBy: [], adminOnly: true },
  'write:*': { description: 'Read and write access to every resource (admins only)', backedBy: [], adminOnly: true },
  'admin:all': {
    description: 'Full administrative access to all resources, including user and role administration (admins only)',
    backedBy: [],
    adminOnly: true,
  },
  '*': { description: 'Wildcard, equivalent to admin:all (admins only)', backedBy: [], adminOnly: true },
} as const satisfies Record<Scope, ScopeDefinition>;

export const SCOPE_NAMES = Object.keys(SCOPES) as Scope[];

export function isScope(value: string): value is Scope {
  return Object.prototype.hasOwnProperty.call(SCOPES, value);
}

/**
 * The scope a route may demand: a resource scope, or `admin:all` for administrative routes.
 * (Routes never demand a wildcard.)
 */
export type RequiredScope = ResourceScope | 'admin:all';

/** Does a token holding `granted` satisfy a route that requires `required`? */
export function scopeSatisfies(granted: readonly string[], required: RequiredScope): boolean {
  if (granted.includes('*') || granted.includes('admin:all')) return true;
  if (required === 'admin:all') return false;
  if (granted.includes(required)) return true;
  const [action, resource] = required.split(':') as [ScopeAction, ScopeResource];
  if (granted.includes('write:*')) return true; // write:* implies read:* as write:X implies read:X
  if (action === 'read') return granted.includes('read:*') || granted.includes(`write:${resource}`);
  return false;
}

/** Scopes offered as ready-made combinations (docs/api/scopes.md#scope-combinations). */
export const SCOPE_PRESETS = [
  {
    id: 'read_only',
    name: 'Read-only access',
    use_for: 'Dashboards, reporting tools, read-only integrations',
    scopes: ['read:projects', 'read:time_entries', 'read:tasks', 'read:clients', 'read:reports'],
  },
  {
    id: 'time_tracking',
    name: 'Time tracking integration',
    use_for: 'Time tracking apps, timer integrations',
    scopes: ['read:projects', 'read:time_entries', 'write:time_entries', 'read:tasks'],
  },
  {
    id: 'project_management',
    name: 'Project management integration',
    use_for: 'Project management tools, task synchronization',
    scopes: ['read:projects', 'write:projects', 'read:tasks', 'write:tasks', 'read:time_entries'],
  },
  {
    id: 'full_user',
    name: 'Full user access (non-admin)',
    use_for: 'Personal automation, full-featured integrations',
    scopes: [
      'read:projects',
      'write:projects',
      'read:time_entries',
      'write:time_entries',
      'read:tasks',
      'write:tasks',
      'read:clients',
      'write:clients',
      'read:reports',
    ],
  },
  { id: 'admin', name: 'Admin access', use_for: 'Administrative tools, system automation', scopes: ['admin:all'] },
] as const satisfies readonly { id: string; name: string; use_for: string; scopes: readonly Scope[] }[];

export type GrantRefusal = { scope: string; reason: 'unknown_scope' | 'admin_only' | 'not_backed' | 'beyond_token' };

/**
 * May a token holding `held` hand `scope` on, to a token it creates, edits or rotates? Only what
 * it holds itself: `write:X` covers `read:X`, `read:*` every read, `write:*` every resource scope
 * and both of those wildcards, `admin:all` / `*` everything. So a token never mints a broader one.
 */
export function scopeWithin(held: readonly string[], scope: string): boolean {
  if (!isScope(scope)) return false;
  if (held.includes('*') || held.includes('admin:all')) return true;
  if (scope === '*' || scope === 'admin:all') return false;
  if (scope === 'write:*') return held.includes('write:*');
  if (scope === 'read:*') return held.includes('read:*') || held.includes('write:*');
  return scopeSatisfies(held, scope);
}

/**
 * Which of the requested scopes may this user NOT be granted? Empty array: all may be granted.
 * `permissions` must already be closed under `implies`.
 */
export function refusedScopes(
  requested: readonly string[],
  owner: { isAdmin: boolean; permissions: ReadonlySet<Permission> },
): GrantRefusal[] {
  const refused: GrantRefusal[] = [];
  for (const scope of requested) {
    if (!isScope(scope)) {
      refused.push({ scope, reason: 'unknown_scope' });
      continue;
    }
    const def: ScopeDefinition = SCOPES[scope];
    if (owner.isAdmin) continue;
    if (def.adminOnly) refused.push({ scope, reason: 'admin_only' });
    else if (def.backedBy.length > 0 && !def.backedBy.some((p) => owner.permissions.has(p))) refused.push({ scope, reason: 'not_backed' });
  }
  return refused;
}
