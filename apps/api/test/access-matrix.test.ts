/**
 * The access matrix: every route of the route table × {anonymous, each system role, a
 * custom role, each project level, a non-member, tokens with and without the route's scope, a token
 * whose owner lacks the permission} → the outcome the documented policy predicts, compared with the
 * real response. Plus method swaps and the route inventory.
 *
 * The documented policy is docs/development/access-matrix.md (generated from the route table and
 * drift-tested): its rows give each route's access, permission(s), scope and project checks. The
 * expected outcome is computed from those rows by the small reference model below, written from
 * docs/development/authorization.md — it does not call the app's decision function. A route whose declaration changes without
 * the page being regenerated fails here; a page regenerated from a wrong declaration shows up in review.
 *
 * Outcome classes: 401 unauthorized; 403 for a missing scope (`required_scope`), a missing account
 * permission (`required_permission`) or a missing project level (`required_project_level`), each
 * with the one error body (docs/api/README.md#errors); 404 object not visible; otherwise "passed the access check": any 2xx,
 * or 400 / 409 / 422 (the handler judged the input). Every object in a path is one the subject
 * could legitimately reach (their own, or on the shared project where they hold the level under
 * test); calls that destroy or consume something get a fresh object of their own.
 *
 * The level subjects hold every permission the project-checked routes require (invoicing, project
 * edits) but none that reaches a project action on its own, so each route's project level rule is
 * what decides for them; a test below checks that this stays true.
 */
import { readFileSync } from 'node:fs';
import {
  PERMISSIONS,
  PROJECT_LEVELS,
  SCOPE_NAMES,
  SYSTEM_ROLE_NAMES,
  SYSTEM_ROLES,
  type ProjectAction,
  type ProjectLevel,
} from '@timekeeper/shared';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_MATRIX_FILE, parseAccessMatrix, type DocumentedRoute } from '../../../scripts/docs/access-matrix.js';
import { systemActor, type Actor } from '../src/lib/actor.js';
import { requestApproval } from '../src/modules/approvals/approvals.service.js';
import { createClient } from '../src/modules/clients/clients.service.js';
import { createContact } from '../src/modules/contacts/contacts.service.js';
import { createDeal } from '../src/modules/deals/deals.service.js';
import { createExpense } from '../src/modules/expenses/expenses.service.js';
import { createManualInvoice } from '../src/modules/invoices/invoices.service.js';
import { createLead } from '../src/modules/leads/leads.service.js';
import { createParticipation } from '../src/modules/participations/participations.service.js';
import { createProject } from '../src/modules/projects/projects.service.js';
import { createSavedReport } from '../src/modules/reports/saved-reports.service.js';
import { createRole } from '../src/modules/roles/roles.service.js';
import { createTask } from '../src/modules/tasks/tasks.service.js';
import { createTimeEntry } from '../src/modules/time-entries/time-entries.service.js';
import { startTimer, timerStatus } from '../src/modules/timer/timer.service.js';
import { createToken } from '../src/modules/tokens/tokens.service.js';
import { createUser } from '../src/modules/users/users.service.js';
import { createTestApp, describeEachDb, type TestApp } from './helpers/app.js';
import { anonymous, Client, customRole, PASSWORD, signIn, userWith } from './helpers/client.js';

const DOCUMENTED: DocumentedRoute[] = parseAccessMatrix(readFileSync(ACCESS_MATRIX_FILE, 'utf8'));
const keyOf = (r: { method: string; path?: string; url?: string }) => `${r.method} ${r.path ?? r.url}`;

// ---------------------------------------------------------------------------------------------
// The reference model, restated from docs/development/authorization.md (not the shared decision function)

/** Permissions closed under the catalog's `implies` (docs/development/authorization.md, layer 1). */
function closure(granted: readonly string[]): Set<string> {
  const out = new Set<string>();
  const visit = (p: string) => {
    if (out.has(p)) return;
    out.add(p);
    for (const q of (PERMISSIONS as Record<string, { implies?: readonly string[] }>)[p]?.implies ?? []) visit(q);
  };
  granted.forEach(visit);
  return out;
}

/** docs/api/scopes.md#how-scope-checking-works: `*` ≡ `admin:all` covers all; `write:*` every resource scope; `read:*` every read; `write:X` ⇒ `read:X`. */
function covers(granted: readonly string[], required: string): boolean {
  return granted.some((g) => {
    if (g === '*' || g === 'admin:all') return true;
    if (required === 'admin:all') return false;
    const [action, resource] = required.split(':');
    return g === required || g === 'write:*' || (action === 'read' && (g === 'read:*' || g === `write:${resource}`));
  });
}

const rank = (l: ProjectLevel) => PROJECT_LEVELS.indexOf(l);

/**
 * docs/development/authorization.md#the-project-layer: the minimum membership level of each action routes check (with the
 * flag that also allows it), and the account permissions that reach the action on every project
 * the caller sees (`any`: one of them; `all`: together). Permissions never raise the level.
 */
const LEVEL_RULES: Partial<Record<ProjectAction, { minimum: ProjectLevel; flag?: string; any?: string[]; all?: string[] }>> = {
  view_project: { minimum: 'view_tasks', any: ['view_all_projects'] },
  view_tasks: { minimum: 'view_tasks', any: ['view_all_projects', 'view_all_tasks'] },
  edit_tasks: { minimum: 'edit_tasks' },
  view_team_time: { minimum: 'view_time_and_expenses', any: ['view_all_time_entries'] },
  view_team_expenses: { minimum: 'view_time_and_expenses', any: ['view_all_expenses'] },
  log_own_time: { minimum: 'edit_time_and_expenses', flag: 'can_edit_time' },
  log_own_expenses: { minimum: 'edit_time_and_expenses', flag: 'can_edit_expense' },
  view_financials: { minimum: 'view_financials', any: ['view_all_invoices', 'manage_project_costs'] },
  edit_financials: { minimum: 'edit_financials', any: ['manage_project_costs'] },
  invoice: { minimum: 'edit_financials', all: ['create_invoices', 'view_all_invoices'] },
  approve_time: { minimum: 'edit_financials', any: ['approve_time_entries'] },
  manage_members: { minimum: 'admin' },
  invite_members: { minimum: 'admin', flag: 'can_invite' },
  edit_project: { minimum: 'admin' },
  archive_project: { minimum: 'admin' },
};

/** The project actions `perms` reach on a visible project through account permissions alone. */
function reachedByPermissions(perms: Set<string>): ProjectAction[] {
  return (Object.entries(LEVEL_RULES) as [ProjectAction, (typeof LEVEL_RULES)[ProjectAction] & {}][])
    .filter(([, r]) => r.any?.some((p) => perms.has(p)) || (r.all !== undefined && r.all.every((p) => perms.has(p))))
    .map(([a]) => a);
}

/**
 * The account permissions of the level subjects: the `user` role, plus every permission a route
 * with a project check requires — except any that would reach a project action by itself (or with
 * the others), so that on each such route the permission check passes and the membership level
 * alone decides. With the `user` role only, routes behind permissions it lacks (invoicing, project
 * edits) stopped at the permission check and their level rule was never exercised.
 */
function levelSubjectPermissions(): string[] {
  const held = new Set<string>(SYSTEM_ROLES.user.permissions);
  const candidates = [...new Set(DOCUMENTED.filter((r) => r.see || r.do).flatMap((r) => r.permissions))].sort();
  for (const p of candidates) {
    if (held.has(p)) continue;
    if (reachedByPermissions(closure([...held, p])).length === 0) held.add(p);
  }
  return [...held].sort();
}

interface Identity {
  readonly name: string;
  readonly userId: number;
  readonly email: string;
  readonly perms: Set<string>;
  /** Holds the admin or super_admin system role: `admin` on every project. */
  readonly isAdmin: boolean;
  /** The participation on the shared project, if any. */
  readonly participation: ProjectLevel | null;
  /** The additional-access flags of that participation. */
  readonly flags: ParticipationFlags;
  readonly own: OwnObjects;
}

interface ParticipationFlags {
  can_invite?: boolean;
  can_post?: boolean;
  permissions?: { can_edit_time?: boolean; can_edit_expense?: boolean };
}

const hasFlag = (f: ParticipationFlags, flag: string) =>
  flag === 'can_invite' || flag === 'can_post' ? f[flag] === true : f.permissions?.[flag as 'can_edit_time'] === true;
/** Whether a flag of the subject's participation opens `action` (then the level does not decide it). */
const hasFlagFor = (s: Identity, action: ProjectAction) => {
  const flag = LEVEL_RULES[action]?.flag;
  return flag !== undefined && hasFlag(s.flags, flag);
};

interface OwnObjects {
  entryId: number;
  expenseId: number;
  taskId: number;
  tokenId: number;
  savedReportId: number;
}

/** Only a participation, an admin role or view_all_projects shows a project. */
const visible = (s: Identity) => s.isAdmin || s.participation !== null || s.perms.has('view_all_projects');

function projectAllows(s: Identity, action: ProjectAction): boolean {
  const rule = LEVEL_RULES[action];
  if (!rule) throw new Error(`the reference model has no rule for ${action}`);
  const level = s.isAdmin ? 'admin' : s.participation;
  if (level !== null && rank(level) >= rank(rule.minimum)) return true;
  if (rule.flag && s.participation !== null && hasFlag(s.flags, rule.flag)) return true;
  // view_all_tasks shows the tasks of every project; every other permission reaches only projects the caller sees.
  if (action === 'view_tasks' && s.perms.has('view_all_tasks')) return true;
  if (!visible(s)) return false;
  if (rule.any?.some((p) => s.perms.has(p))) return true;
  return rule.all !== undefined && rule.all.every((p) => s.perms.has(p));
}

type Outcome = 'unauthorized' | 'forbidden:scope' | 'forbidden:permission' | 'forbidden:project' | 'not_found' | 'allowed';

function requirementMet(perms: Set<string>, row: DocumentedRoute): boolean {
  if (row.permissions.length === 0) return true;
  return row.mode === 'all' ? row.permissions.every((p) => perms.has(p)) : row.permissions.some((p) => perms.has(p));
}

/** What the documented policy says `who` (null: anonymous) gets, calling with `scopes` (null: a session). */
function expected(row: DocumentedRoute, who: Identity | null, scopes: readonly string[] | null, extra: RouteCase): Outcome {
  if (row.access === 'public') return 'allowed';
  if (!who) return 'unauthorized';
  if (scopes !== null && (row.scope === null || !covers(scopes, row.scope))) return 'forbidden:scope';
  if (!requirementMet(who.perms, row)) return 'forbidden:permission';
  if (row.see && !projectAllows(who, row.see) && !extra.seeAlso?.(who)) return 'not_found';
  if (row.do && !projectAllows(who, row.do) && !extra.doAlso?.(who)) return 'forbidden:project';
  return 'allowed';
}

const PASSED = new Set([400, 409, 422]);

function actual(res: LightMyRequestResponse): { outcome: Outcome | string; body: Record<string, unknown> } {
  let body: Record<string, unknown> = {};
  try {
    body = res.json();
  } catch {
    // HTML and CSV bodies
  }
  const s = res.statusCode;
  if (s === 401) return { outcome: 'unauthorized', body };
  if (s === 404) return { outcome: 'not_found', body };
  if ((s >= 200 && s < 300) || PASSED.has(s)) return { outcome: 'allowed', body };
  if (s === 403) {
    if ('required_scope' in body) return { outcome: 'forbidden:scope', body };
    if ('required_permission' in body) return { outcome: 'forbidden:permission', body };
    if ('required_project_level' in body) return { outcome: 'forbidden:project', body };
    return { outcome: `403 ${String(body.message)}`, body };
  }
  return { outcome: `status ${s}`, body };
}

/** The error body (docs/api/README.md#errors) of a 401/403/404, and the field that names what was missing. */
function bodyProblem(
  row: DocumentedRoute,
  outcome: Outcome,
  body: Record<string, unknown>,
  scopes: readonly string[] | null,
): string | null {
  if (outcome === 'allowed') return null;
  for (const f of ['error', 'message', 'code', 'request_id']) if (typeof body[f] !== 'string') return `error body lacks ${f}`;
  const code = { unauthorized: 'unauthorized', not_found: 'not_found' }[outcome as string] ?? 'forbidden';
  if (body.code !== code) return `code ${String(body.code)}, expected ${code}`;
  if (outcome.startsWith('forbidden') && body.error !== 'Insufficient permissions') return `error ${String(body.error)}`;
  if (outcome === 'forbidden:scope') {
    if (body.required_scope !== row.scope) return `required_scope ${String(body.required_scope)}, documented ${row.scope}`;
    if (JSON.stringify(body.available_scopes) !== JSON.stringify(scopes))
      return `available_scopes ${JSON.stringify(body.available_scopes)}`;
    if (row.scope && body.message !== `This endpoint requires the '${row.scope}' scope`) return `message ${String(body.message)}`;
  }
  if (outcome === 'forbidden:permission' && !row.permissions.includes(body.required_permission as string))
    return `required_permission ${String(body.required_permission)} is not documented`;
  if (outcome === 'forbidden:project' && typeof body.required_project_level !== 'string') return 'no required_project_level';
  return null;
}

// ---------------------------------------------------------------------------------------------
// The dataset

/** Creates fixtures as `userId` (their own objects) without being limited by their access. */
const as = (userId: number | null): Actor => ({ ...systemActor('cli'), userId });
const system = as(null);

interface Fixture {
  app: FastifyInstance;
  t: TestApp;
  projectId: number;
  clientId: number;
  invoiceId: number;
  customRoleId: number;
  worker: Identity;
  workerParticipationId: number;
  spareUserId: number;
  roleExport: unknown;
  next(): number;
}

let dayOffset = 0;
/** A distinct ended hour in the past, so entries never overlap. */
function hour(): { start_time: string; end_time: string } {
  dayOffset++;
  const start = new Date(Date.UTC(2024, 0, 1, 8) + dayOffset * 86_400_000);
  return { start_time: start.toISOString(), end_time: new Date(start.getTime() + 3_600_000).toISOString() };
}

async function entryOf(fx: Fixture, userId: number, projectId = fx.projectId): Promise<number> {
  return (await createTimeEntry(fx.app.db, as(userId), { project_id: projectId, ...hour(), notes: 'matrix' })).entry.id;
}
/** A day with one new unbilled billable entry of the worker's on the shared project. */
async function billableDay(fx: Fixture): Promise<string> {
  const id = await entryOf(fx, fx.worker.userId);
  const res = await fx.app.inject({ method: 'GET', url: `/api/v1/time-entries/${id}`, headers: { cookie: superCookie.get(fx.app)! } });
  return (res.json() as { start_time: string }).start_time.slice(0, 10);
}
/** The id of the subject's running timer on the shared project, started for them if none runs. */
async function runningTimer(fx: Fixture, userId: number): Promise<number> {
  const status = await timerStatus(fx.app.db, as(userId));
  if (status.time_entry) return status.time_entry.id;
  return (await startTimer(fx.app.db, as(userId), { project_id: fx.projectId })).id;
}
async function expenseOf(fx: Fixture, userId: number): Promise<number> {
  return (await createExpense(fx.app.db, as(userId), { project_id: fx.projectId, date: '2024-02-01', amount: 12.5, category: 'travel' }))
    .id;
}
async function taskOf(fx: Fixture, userId: number): Promise<number> {
  return (await createTask(fx.app.db, as(userId), { project_id: fx.projectId, name: `task ${fx.next()}` })).id;
}
async function tokenOf(fx: Fixture, userId: number, scopes: string[] = ['read:users']): Promise<{ id: number; token: string }> {
  const { view, token } = await createToken(fx.app.db, 30, as(userId), { name: `matrix ${fx.next()}`, scopes, expires_in_days: 30 });
  return { id: view.id, token };
}
async function approvalOf(fx: Fixture, userId: number): Promise<number> {
  return (await requestApproval(fx.app.db, as(userId), await entryOf(fx, userId))).id;
}
async function invoice(fx: Fixture): Promise<number> {
  return (
    await createManualInvoice(fx.app.db, system, {
      project_id: fx.projectId,
      currency: 'EUR',
      lines: [{ description: 'Work', quantity: 1, unit_price: 100 }],
    })
  ).id;
}
/** A new lead and deal of the subject's own (without view_all_* only their own are visible), and a contact of the shared client. */
async function leadOf(fx: Fixture, userId: number): Promise<number> {
  return (await createLead(fx.app.db, as(userId), { name: `lead ${fx.next()}` })).id;
}
async function dealOf(fx: Fixture, userId: number): Promise<number> {
  return (await createDeal(fx.app.db, as(userId), { name: `deal ${fx.next()}` })).id;
}
async function contactOf(fx: Fixture): Promise<number> {
  return (await createContact(fx.app.db, system, fx.clientId, { first_name: `contact ${fx.next()}` })).id;
}
/** A new project where the subject holds the same participation as on the shared one, plus the worker. */
async function projectFor(fx: Fixture, s: Identity): Promise<number> {
  const p = await createProject(fx.app.db, system, { name: `fresh ${fx.next()}` });
  if (s.participation)
    await createParticipation(fx.app.db, system, { project_id: p.id, user_id: s.userId, access_level: s.participation, ...s.flags });
  if (s.userId !== fx.worker.userId)
    await createParticipation(fx.app.db, system, { project_id: p.id, user_id: fx.worker.userId, access_level: 'edit_time_and_expenses' });
  return p.id;
}

async function identity(
  fx: Pick<Fixture, 'app' | 'projectId' | 'next'>,
  name: string,
  roles: string[],
  participation: ProjectLevel | null,
  customPerms: string[] = [],
  flags: ParticipationFlags = {},
): Promise<{ id: Identity; client: Client }> {
  const client = await userWith(fx.app, roles, name);
  const userId = client.userId!;
  if (participation)
    await createParticipation(fx.app.db, system, { project_id: fx.projectId, user_id: userId, access_level: participation, ...flags });
  const perms = closure([
    ...roles.flatMap((r) => (r in SYSTEM_ROLES ? SYSTEM_ROLES[r as keyof typeof SYSTEM_ROLES].permissions : [])),
    ...customPerms,
  ]);
  const f = fx as Fixture;
  const own: OwnObjects = {
    entryId: await entryOf(f, userId),
    expenseId: await expenseOf(f, userId),
    taskId: await taskOf(f, userId),
    tokenId: (await tokenOf(f, userId)).id,
    savedReportId: (await createSavedReport(fx.app.db, as(userId), { name: `saved ${fx.next()}`, params: { group_by: 'project' } })).id,
  };
  return {
    id: {
      name,
      userId,
      email: client.email,
      perms,
      isAdmin: roles.includes('admin') || roles.includes('super_admin'),
      participation,
      flags,
      own,
    },
    client,
  };
}

// ---------------------------------------------------------------------------------------------
// How each route is called: path parameters, query and body for a subject

interface Call {
  url: string;
  body?: unknown;
  /** Use a new session of the subject (the call ends or replaces sessions). */
  freshSession?: boolean;
}

interface RouteCase {
  call(fx: Fixture, s: Identity): Promise<Call> | Call;
  /** Other ways to see the object than the documented project action (e.g. `view_all_invoices`). */
  seeAlso?(s: Identity): boolean;
  /** Other ways to pass than the documented project action (e.g. `view_users` for the people directory). */
  doAlso?(s: Identity): boolean;
}

const P = (fx: Fixture) => fx.projectId;
const url = (u: string, body?: unknown): Call => ({ url: u, body });

const CASES: Record<string, RouteCase> = {
  'GET /api/v1/admin/api-tokens': { call: () => url('/api/v1/admin/api-tokens') },
  'DELETE /api/v1/admin/api-tokens/:id': {
    call: async (fx) => url(`/api/v1/admin/api-tokens/${(await tokenOf(fx, fx.worker.userId)).id}`),
  },
  'GET /api/v1/api-tokens': { call: () => url('/api/v1/api-tokens') },
  'POST /api/v1/api-tokens': { call: () => url('/api/v1/api-tokens', { name: 'matrix', scopes: ['read:users'], expires_in_days: 1 }) },
  'DELETE /api/v1/api-tokens/:id': { call: async (fx, s) => url(`/api/v1/api-tokens/${(await tokenOf(fx, s.userId)).id}`) },
  'GET /api/v1/api-tokens/:id': { call: (_fx, s) => url(`/api/v1/api-tokens/${s.own.tokenId}`) },
  'PATCH /api/v1/api-tokens/:id': { call: (_fx, s) => url(`/api/v1/api-tokens/${s.own.tokenId}`, { description: 'matrix' }) },
  'POST /api/v1/api-tokens/:id/rotate': { call: async (fx, s) => url(`/api/v1/api-tokens/${(await tokenOf(fx, s.userId)).id}/rotate`) },
  'GET /api/v1/audit-logs': { call: () => url('/api/v1/audit-logs') },
  'POST /api/v1/auth/login': { call: (fx) => url('/api/v1/auth/login', { email: fx.worker.email, password: PASSWORD }) },
  'POST /api/v1/auth/logout': { call: () => ({ url: '/api/v1/auth/logout', freshSession: true }) },
  'POST /api/v1/auth/logout-everywhere': {
    call: () => ({ url: '/api/v1/auth/logout-everywhere', body: { keep_current: true }, freshSession: true }),
  },
  // The same password again: judged on input (400), so nobody's sessions end.
  'POST /api/v1/auth/password': { call: () => url('/api/v1/auth/password', { current_password: PASSWORD, new_password: PASSWORD }) },
  'GET /api/v1/auth/session': { call: () => url('/api/v1/auth/session') },
  'GET /api/v1/auth/sessions': { call: () => url('/api/v1/auth/sessions') },
  'GET /api/v1/authz/explain': { call: (_fx, s) => url(`/api/v1/authz/explain?user_id=${s.userId}&permission=view_users`) },
  'GET /api/v1/clients': { call: () => url('/api/v1/clients') },
  'POST /api/v1/clients': { call: (fx) => url('/api/v1/clients', { name: `Client ${fx.next()}` }) },
  'DELETE /api/v1/clients/:id': {
    call: async (fx) => url(`/api/v1/clients/${(await createClient(fx.app.db, system, { name: `Gone ${fx.next()}` })).id}`),
  },
  'GET /api/v1/clients/:id': { call: (fx) => url(`/api/v1/clients/${fx.clientId}`) },
  'PUT /api/v1/clients/:id': { call: (fx) => url(`/api/v1/clients/${fx.clientId}`, { notes: 'matrix' }) },
  'GET /api/v1/clients/:id/contacts': { call: (fx) => url(`/api/v1/clients/${fx.clientId}/contacts`) },
  'POST /api/v1/clients/:id/contacts': { call: (fx) => url(`/api/v1/clients/${fx.clientId}/contacts`, { first_name: 'Matrix' }) },
  'DELETE /api/v1/contacts/:id': { call: async (fx) => url(`/api/v1/contacts/${await contactOf(fx)}`) },
  'GET /api/v1/contacts/:id': { call: async (fx) => url(`/api/v1/contacts/${await contactOf(fx)}`) },
  'PATCH /api/v1/contacts/:id': { call: async (fx) => url(`/api/v1/contacts/${await contactOf(fx)}`, { title: 'matrix' }) },
  'PUT /api/v1/contacts/:id': { call: async (fx) => url(`/api/v1/contacts/${await contactOf(fx)}`, { title: 'matrix' }) },
  // Deals and leads: the subject's own (another owner's would be 404 without view_all_*, by design).
  'GET /api/v1/deals': { call: () => url('/api/v1/deals') },
  'POST /api/v1/deals': { call: () => url('/api/v1/deals', { name: 'Matrix deal' }) },
  'GET /api/v1/deals/stages': { call: () => url('/api/v1/deals/stages') },
  'DELETE /api/v1/deals/:id': { call: async (fx, s) => url(`/api/v1/deals/${await dealOf(fx, s.userId)}`) },
  'GET /api/v1/deals/:id': { call: async (fx, s) => url(`/api/v1/deals/${await dealOf(fx, s.userId)}`) },
  'PATCH /api/v1/deals/:id': { call: async (fx, s) => url(`/api/v1/deals/${await dealOf(fx, s.userId)}`, { notes: 'matrix' }) },
  'PUT /api/v1/deals/:id': { call: async (fx, s) => url(`/api/v1/deals/${await dealOf(fx, s.userId)}`, { notes: 'matrix' }) },
  'POST /api/v1/deals/:id/lose': { call: async (fx, s) => url(`/api/v1/deals/${await dealOf(fx, s.userId)}/lose`, { reason: 'matrix' }) },
  'POST /api/v1/deals/:id/win': { call: async (fx, s) => url(`/api/v1/deals/${await dealOf(fx, s.userId)}/win`, {}) },
  'GET /api/v1/expenses': { call: () => url('/api/v1/expenses') },
  'POST /api/v1/expenses': {
    call: (fx) => url('/api/v1/expenses', { project_id: P(fx), date: '2024-03-01', amount: 3, category: 'meals' }),
  },
  'DELETE /api/v1/expenses/:id': { call: async (fx, s) => url(`/api/v1/expenses/${await expenseOf(fx, s.userId)}`) },
  'GET /api/v1/expenses/:id': { call: (fx) => url(`/api/v1/expenses/${fx.worker.own.expenseId}`) },
  'PUT /api/v1/expenses/:id': { call: (_fx, s) => url(`/api/v1/expenses/${s.own.expenseId}`, { description: 'matrix' }) },
  'GET /api/v1/health': { call: () => url('/api/v1/health') },
  'GET /api/v1/info': { call: () => url('/api/v1/info') },
  'GET /api/v1/invoices': { call: () => url('/api/v1/invoices') },
  'POST /api/v1/invoices': {
    call: (fx) =>
      url('/api/v1/invoices', { project_id: P(fx), currency: 'EUR', lines: [{ description: 'Work', quantity: 1, unit_price: 10 }] }),
  },
  'DELETE /api/v1/invoices/:id': {
    call: async (fx) => url(`/api/v1/invoices/${await invoice(fx)}`),
    seeAlso: (s) => s.perms.has('view_all_invoices'),
  },
  'GET /api/v1/invoices/:id': { call: (fx) => url(`/api/v1/invoices/${fx.invoiceId}`), seeAlso: (s) => s.perms.has('view_all_invoices') },
  'PUT /api/v1/invoices/:id': {
    call: (fx) => url(`/api/v1/invoices/${fx.invoiceId}`, { notes: 'matrix' }),
    seeAlso: (s) => s.perms.has('view_all_invoices'),
  },
  'GET /api/v1/invoices/:id/html': {
    call: (fx) => url(`/api/v1/invoices/${fx.invoiceId}/html`),
    seeAlso: (s) => s.perms.has('view_all_invoices'),
  },
  'POST /api/v1/invoices/:id/payments': {
    call: async (fx) => url(`/api/v1/invoices/${await invoice(fx)}/payments`, { amount: 1 }),
    seeAlso: (s) => s.perms.has('view_all_invoices'),
  },
  'POST /api/v1/invoices/:id/send': {
    call: async (fx) => url(`/api/v1/invoices/${await invoice(fx)}/send`),
    seeAlso: (s) => s.perms.has('view_all_invoices'),
  },
  'POST /api/v1/invoices/from-time-entries': {
    call: async (fx) => {
      const day = await billableDay(fx);
      return url('/api/v1/invoices/from-time-entries', { project_id: P(fx), start_date: day, end_date: day });
    },
  },
  'GET /api/v1/leads': { call: () => url('/api/v1/leads') },
  'POST /api/v1/leads': { call: () => url('/api/v1/leads', { name: 'Matrix lead' }) },
  'DELETE /api/v1/leads/:id': { call: async (fx, s) => url(`/api/v1/leads/${await leadOf(fx, s.userId)}`) },
  'GET /api/v1/leads/:id': { call: async (fx, s) => url(`/api/v1/leads/${await leadOf(fx, s.userId)}`) },
  'PATCH /api/v1/leads/:id': { call: async (fx, s) => url(`/api/v1/leads/${await leadOf(fx, s.userId)}`, { notes: 'matrix' }) },
  'PUT /api/v1/leads/:id': { call: async (fx, s) => url(`/api/v1/leads/${await leadOf(fx, s.userId)}`, { notes: 'matrix' }) },
  'POST /api/v1/leads/:id/convert': {
    call: async (fx, s) => url(`/api/v1/leads/${await leadOf(fx, s.userId)}/convert`, { client_id: fx.clientId }),
  },
  'GET /api/v1/participations': { call: (fx) => url(`/api/v1/participations?project_id=${P(fx)}`) },
  'POST /api/v1/participations': {
    call: async (fx, s) =>
      url('/api/v1/participations', { project_id: await projectFor(fx, s), user_id: fx.spareUserId, access_level: 'view_tasks' }),
  },
  'DELETE /api/v1/participations/:id': {
    call: async (fx, s) => {
      const projectId = await projectFor(fx, s);
      const worker = await fx.app.inject({
        method: 'GET',
        url: `/api/v1/participations?project_id=${projectId}&user_id=${fx.worker.userId}`,
        headers: { cookie: superCookie.get(fx.app)! },
      });
      return url(`/api/v1/participations/${(worker.json() as { participations: { id: number }[] }).participations[0]!.id}`);
    },
  },
  'GET /api/v1/participations/:id': { call: (fx) => url(`/api/v1/participations/${fx.workerParticipationId}`) },
  'PUT /api/v1/participations/:id': {
    call: (fx) => url(`/api/v1/participations/${fx.workerParticipationId}`, { access_level: 'edit_time_and_expenses' }),
  },
  // The action on any project: the subjects' participations are all on the shared project.
  'GET /api/v1/people': { call: () => url('/api/v1/people?q=wo'), doAlso: (s) => s.perms.has('view_users') },
  'GET /api/v1/permissions': { call: () => url('/api/v1/permissions') },
  'GET /api/v1/projects': { call: () => url('/api/v1/projects') },
  'POST /api/v1/projects': { call: (fx) => url('/api/v1/projects', { name: `Project ${fx.next()}` }) },
  'DELETE /api/v1/projects/:id': { call: async (fx, s) => url(`/api/v1/projects/${await projectFor(fx, s)}`) },
  'GET /api/v1/projects/:id': { call: (fx) => url(`/api/v1/projects/${P(fx)}`) },
  'PUT /api/v1/projects/:id': { call: (fx) => url(`/api/v1/projects/${P(fx)}`, { description: 'matrix' }) },
  'GET /api/v1/projects/:id/access': { call: (fx) => url(`/api/v1/projects/${P(fx)}/access`) },
  'GET /api/v1/projects/:id/financials': { call: (fx) => url(`/api/v1/projects/${P(fx)}/financials`) },
  'GET /api/v1/reports/entries/export': { call: () => url('/api/v1/reports/entries/export?start_date=2024-01-01&end_date=2024-12-31') },
  'GET /api/v1/reports/saved': { call: () => url('/api/v1/reports/saved') },
  'POST /api/v1/reports/saved': { call: (fx) => url('/api/v1/reports/saved', { name: `Saved ${fx.next()}`, params: { group_by: 'day' } }) },
  'PATCH /api/v1/reports/saved/:id': {
    call: async (fx, s) =>
      url(
        `/api/v1/reports/saved/${(await createSavedReport(fx.app.db, as(s.userId), { name: `old ${fx.next()}`, params: { group_by: 'user' } })).id}`,
        { name: `renamed ${fx.next()}` },
      ),
  },
  'DELETE /api/v1/reports/saved/:id': {
    call: async (fx, s) =>
      url(
        `/api/v1/reports/saved/${(await createSavedReport(fx.app.db, as(s.userId), { name: `gone ${fx.next()}`, params: { group_by: 'user' } })).id}`,
      ),
  },
  'GET /api/v1/reports/summary': { call: () => url('/api/v1/reports/summary?start_date=2024-01-01&end_date=2024-12-31&group_by=project') },
  'GET /api/v1/reports/summary/export': {
    call: () => url('/api/v1/reports/summary/export?start_date=2024-01-01&end_date=2024-12-31&group_by=project'),
  },
  'GET /api/v1/roles': { call: () => url('/api/v1/roles') },
  'POST /api/v1/roles': { call: (fx) => url('/api/v1/roles', { name: `matrix_${fx.next()}`, permissions: [] }) },
  'DELETE /api/v1/roles/:id': {
    call: async (fx) => url(`/api/v1/roles/${(await createRole(fx.app.db, system, { name: `gone_${fx.next()}`, permissions: [] })).id}`),
  },
  'GET /api/v1/roles/:id': { call: (fx) => url(`/api/v1/roles/${fx.customRoleId}`) },
  'PATCH /api/v1/roles/:id': {
    call: async (fx) =>
      url(`/api/v1/roles/${(await createRole(fx.app.db, system, { name: `edit_${fx.next()}`, permissions: [] })).id}`, {
        description: 'matrix',
      }),
  },
  'GET /api/v1/roles/:id/permissions': { call: (fx) => url(`/api/v1/roles/${fx.customRoleId}/permissions`) },
  'GET /api/v1/roles/export': { call: () => url('/api/v1/roles/export') },
  'POST /api/v1/roles/import': { call: (fx) => url('/api/v1/roles/import', fx.roleExport) },
  'GET /api/v1/scopes': { call: () => url('/api/v1/scopes') },
  'GET /api/v1/settings': { call: () => url('/api/v1/settings') },
  'PATCH /api/v1/settings': { call: () => url('/api/v1/settings', { week_starts_on: 1 }) },
  'GET /api/v1/setup': { call: () => url('/api/v1/setup') },
  'POST /api/v1/setup': {
    call: (fx) => url('/api/v1/setup', { email: `setup-${fx.next()}@example.test`, name: 'Late', password: PASSWORD }),
  },
  'GET /api/v1/system/info': { call: () => url('/api/v1/system/info') },
  'GET /api/v1/tasks': { call: (fx) => url(`/api/v1/tasks?project_id=${P(fx)}`) },
  'POST /api/v1/tasks': { call: (fx) => url('/api/v1/tasks', { project_id: P(fx), name: `New ${fx.next()}` }) },
  'DELETE /api/v1/tasks/:id': { call: async (fx, s) => url(`/api/v1/tasks/${await taskOf(fx, s.userId)}`) },
  'GET /api/v1/tasks/:id': { call: (fx) => url(`/api/v1/tasks/${fx.worker.own.taskId}`) },
  'PUT /api/v1/tasks/:id': { call: (_fx, s) => url(`/api/v1/tasks/${s.own.taskId}`, { description: 'matrix' }) },
  'GET /api/v1/time-entries': { call: () => url('/api/v1/time-entries') },
  'POST /api/v1/time-entries': { call: (fx) => url('/api/v1/time-entries', { project_id: P(fx), ...hour() }) },
  'DELETE /api/v1/time-entries/:id': { call: async (fx, s) => url(`/api/v1/time-entries/${await entryOf(fx, s.userId)}`) },
  'GET /api/v1/time-entries/:id': { call: (fx) => url(`/api/v1/time-entries/${fx.worker.own.entryId}`) },
  'PUT /api/v1/time-entries/:id': { call: (_fx, s) => url(`/api/v1/time-entries/${s.own.entryId}`, { notes: 'matrix' }) },
  // A teammate's entry (the worker's): `see` is the team view, then the right to log time; a running timer is 409.
  'POST /api/v1/time-entries/:id/continue': { call: (fx) => url(`/api/v1/time-entries/${fx.worker.own.entryId}/continue`) },
  'POST /api/v1/time-entries/:id/request-approval': {
    call: async (fx, s) => url(`/api/v1/time-entries/${await entryOf(fx, s.userId)}/request-approval`),
  },
  'GET /api/v1/time-entry-approvals': { call: () => url('/api/v1/time-entry-approvals') },
  'POST /api/v1/time-entry-approvals/:id/approve': {
    call: async (fx) => url(`/api/v1/time-entry-approvals/${await approvalOf(fx, fx.worker.userId)}/approve`),
  },
  'POST /api/v1/time-entry-approvals/:id/cancel': {
    call: async (fx, s) => url(`/api/v1/time-entry-approvals/${await approvalOf(fx, s.userId)}/cancel`),
  },
  'POST /api/v1/time-entry-approvals/:id/reject': {
    call: async (fx) => url(`/api/v1/time-entry-approvals/${await approvalOf(fx, fx.worker.userId)}/reject`, { reason: 'matrix' }),
  },
  'POST /api/v1/time-entry-approvals/bulk-approve': {
    call: async (fx) => url('/api/v1/time-entry-approvals/bulk-approve', { ids: [await approvalOf(fx, fx.worker.userId)] }),
  },
  'PATCH /api/v1/timer': { call: async (fx, s) => url('/api/v1/timer', { notes: `matrix ${await runningTimer(fx, s.userId)}` }) },
  'POST /api/v1/timer/start': { call: (fx) => url('/api/v1/timer/start', { project_id: P(fx) }) },
  'GET /api/v1/timer/status': { call: () => url('/api/v1/timer/status') },
  'POST /api/v1/timer/stop': { call: () => url('/api/v1/timer/stop') },
  // The subject's own week in 2023: the PUT gives an empty cell an hour, so the project checks decide.
  'GET /api/v1/timesheet': { call: () => url('/api/v1/timesheet?week=2023-06-07') },
  'PUT /api/v1/timesheet': {
    call: (fx) => url('/api/v1/timesheet', { week: '2023-06-07', rows: [{ project_id: P(fx), days: [3600, 0, 0, 0, 0, 0, 0] }] }),
  },
  'POST /api/v1/timesheet/copy-previous-week': { call: () => url('/api/v1/timesheet/copy-previous-week', { week: '2023-06-14' }) },
  'GET /api/v1/users': { call: () => url('/api/v1/users') },
  'POST /api/v1/users': { call: (fx) => url('/api/v1/users', { email: `new-${fx.next()}@example.test`, name: 'New', password: PASSWORD }) },
  'GET /api/v1/users/:id': { call: (_fx, s) => url(`/api/v1/users/${s.userId}`) },
  'PATCH /api/v1/users/:id': { call: (fx) => url(`/api/v1/users/${fx.worker.userId}`, { name: 'Worker' }) },
  'GET /api/v1/users/:id/permissions': { call: (_fx, s) => url(`/api/v1/users/${s.userId}/permissions`) },
  'PUT /api/v1/users/:id/roles': { call: (fx) => url(`/api/v1/users/${fx.worker.userId}/roles`, { roles: [{ role: 'user' }] }) },
  'GET /api/v1/users/me': { call: () => url('/api/v1/users/me') },
  'PATCH /api/v1/users/me': { call: (_fx, s) => url('/api/v1/users/me', { name: s.name }) },
  'GET /api/v1/users/me/permissions': { call: () => url('/api/v1/users/me/permissions') },
};

/** Calls that end sessions run after everything else. */
const LAST = new Set(['POST /api/v1/auth/logout-everywhere']);
const ORDERED = DOCUMENTED.filter((r) => !LAST.has(keyOf(r)));

/** The super admin's cookie per app, for fixture look-ups through the API. */
const superCookie = new Map<FastifyInstance, string>();

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const METHODS: Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function bearer(app: FastifyInstance, token: string): Client {
  return new Client(app, null, null, null, { authorization: `Bearer ${token}` });
}

describe('the documented access matrix', () => {
  it('has one case per documented route (docs/development/access-matrix.md, pnpm docs:generate)', () => {
    expect(DOCUMENTED.length).toBeGreaterThan(60);
    expect(Object.keys(CASES).sort()).toEqual(DOCUMENTED.map(keyOf).sort());
  });
});

describeEachDb('access matrix', (kind) => {
  let t: TestApp;
  let fx: Fixture;
  const subjects: { id: Identity; client: Client }[] = [];
  const clients = new Map<string, Client>();
  let nobody: Identity;
  let tokenOwner: Identity;
  const tokens = new Map<string, string>();
  let counter = 0;
  const levelPerms = levelSubjectPermissions();

  beforeAll(async () => {
    t = await createTestApp(kind);
    const app = t.app;
    const next = () => ++counter;
    const project = await createProject(app.db, system, { name: 'Matrix', hourly_rate: 100 });
    const base = { app, projectId: project.id, next } as Pick<Fixture, 'app' | 'projectId' | 'next'>;
    const worker = await identity(base, 'worker', ['user'], 'edit_time_and_expenses');
    const customPerms = [
      'view_projects',
      'view_all_tasks',
      'create_tasks',
      'edit_all_tasks',
      'view_clients',
      'view_audit_logs',
      'view_own_time_entries',
      'view_own_expenses',
      'view_users',
    ];
    const customRoleId = await customRole(app, 'matrix_custom', customPerms);
    const spare = await createUser(app.db, system, { email: 'spare@example.test', name: 'Spare', password: PASSWORD });
    fx = {
      app,
      t,
      projectId: project.id,
      clientId: (await createClient(app.db, system, { name: 'Matrix client' })).id,
      invoiceId: 0,
      customRoleId,
      worker: worker.id,
      workerParticipationId: 0,
      spareUserId: spare.id,
      roleExport: null,
      next,
    };
    fx.invoiceId = await invoice(fx);
    for (const role of SYSTEM_ROLE_NAMES) subjects.push(await identity(fx, role, [role], null));
    subjects.push(await identity(fx, 'custom', ['matrix_custom'], null, customPerms));
    await customRole(app, 'matrix_level', levelPerms);
    for (const level of PROJECT_LEVELS) subjects.push(await identity(fx, `level_${level}`, ['matrix_level'], level, levelPerms));
    // The lowest level with the additional-access flags that stand in for a level (docs/development/authorization.md#the-project-layer).
    subjects.push(
      await identity(fx, 'level_view_tasks+flags', ['matrix_level'], 'view_tasks', levelPerms, {
        can_invite: true,
        can_post: true,
        permissions: { can_edit_time: true, can_edit_expense: true },
      }),
    );
    // `user` above is the non-member; `nobody` holds no role at all (token owner without permissions).
    const bare = await identity(fx, 'nobody', [], null);
    nobody = bare.id;
    tokenOwner = subjects.find((s) => s.id.name === 'admin')!.id;
    for (const s of [...subjects, bare]) clients.set(s.id.name, s.client);
    const superAdmin = clients.get('super_admin')!;
    superCookie.set(app, superAdmin.cookie!);
    const listed = (await superAdmin.get(`/api/v1/participations?project_id=${project.id}&user_id=${worker.id.userId}`)).json();
    fx.workerParticipationId = listed.participations[0].id;
    fx.roleExport = (await superAdmin.get('/api/v1/roles/export')).json();

    // Tokens: the admin's, covering each required scope and missing it by as little as possible;
    // and one of the role-less user holding every scope.
    const required = new Set(DOCUMENTED.flatMap((r) => (r.scope ? [r.scope] : [])));
    for (const scope of required) {
      tokens.set(`with ${scope}`, (await tokenOf(fx, tokenOwner.userId, [scope])).token);
      const nearMiss = SCOPE_NAMES.filter((g) => g !== '*' && g !== 'admin:all' && !covers([g], scope));
      tokens.set(`without ${scope}`, (await tokenOf(fx, tokenOwner.userId, nearMiss)).token);
    }
    tokens.set('any', (await tokenOf(fx, tokenOwner.userId, ['*'])).token);
    tokens.set('nobody', (await tokenOf(fx, nobody.userId, ['*'])).token);
  }, 120_000);
  afterAll(async () => t?.close());

  async function send(client: Client, s: Identity | null, row: DocumentedRoute): Promise<{ res: LightMyRequestResponse; call: Call }> {
    const call = await CASES[keyOf(row)]!.call(fx, s ?? fx.worker);
    let via = client;
    if (call.freshSession && s && client.cookie) via = await signIn(fx.app, s.email);
    return {
      res: await via.request(
        row.method as Method,
        call.url,
        call.body ?? (row.method === 'GET' || row.method === 'DELETE' ? undefined : {}),
      ),
      call,
    };
  }

  function compare(
    row: DocumentedRoute,
    who: string,
    want: Outcome,
    res: LightMyRequestResponse,
    scopes: readonly string[] | null,
  ): string | null {
    const got = actual(res);
    if (got.outcome !== want) return `${who}: expected ${want}, got ${res.statusCode} ${res.body.slice(0, 200)}`;
    const problem = bodyProblem(row, want, got.body, scopes);
    return problem ? `${who}: ${problem}` : null;
  }

  it("the level subjects reach every project check: they pass each such route's permission check, hold no permission that reaches a project action, and the level splits the outcomes", () => {
    const levelSubjects = subjects.filter((s) => s.id.name.startsWith('level_'));
    expect(levelSubjects.length).toBe(PROJECT_LEVELS.length + 1);
    const problems: string[] = [];
    for (const s of levelSubjects) {
      const reached = reachedByPermissions(s.id.perms);
      if (reached.length > 0) problems.push(`${s.id.name} reaches ${reached.join(', ')} through account permissions`);
    }
    for (const row of DOCUMENTED.filter((r) => r.see || r.do)) {
      for (const s of levelSubjects)
        if (!requirementMet(s.id.perms, row)) problems.push(`${s.id.name} fails the permission check of ${keyOf(row)}`);
      // Every action with a minimum above the lowest level is allowed to some level subjects and refused to others.
      for (const action of [row.see, row.do]) {
        if (!action || LEVEL_RULES[action]!.minimum === 'view_tasks') continue;
        const outcomes = new Set(
          levelSubjects.filter((s) => s.id.participation !== null && !hasFlagFor(s.id, action)).map((s) => projectAllows(s.id, action)),
        );
        if (outcomes.size !== 2) problems.push(`${keyOf(row)}: the level subjects do not split on ${action}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the route table is exactly the documented one, project checks included (regenerate the page after changing an access declaration)', () => {
    const live = t.app.routeTable
      .filter((r) => r.url.startsWith('/api/v1/'))
      .map((r) => {
        const a = r.access as Record<string, unknown>;
        const p = a.permission as string | { anyOf?: string[]; allOf?: string[] } | undefined;
        const permissions = p === undefined ? [] : typeof p === 'string' ? [p] : (p.anyOf ?? p.allOf ?? []);
        const project = a.project as { see?: string; action?: string } | undefined;
        return {
          key: keyOf(r),
          access: a.public ? 'public' : permissions.length > 0 ? 'permission' : 'authenticated',
          permissions,
          scope: a.public ? null : (a.scope as string | null),
          see: project?.see ?? null,
          do: project?.action ?? null,
        };
      })
      .sort((x, y) => x.key.localeCompare(y.key));
    const documented = DOCUMENTED.map((r) => ({
      key: keyOf(r),
      access: r.access,
      permissions: [...r.permissions],
      scope: r.scope,
      see: r.see,
      do: r.do,
    })).sort((x, y) => x.key.localeCompare(y.key));
    expect(live).toEqual(documented);
  });

  const sessionMatrix = (rows: DocumentedRoute[]) => {
    for (const row of rows) {
      it(`${row.method} ${row.path}`, async () => {
        const mismatches: string[] = [];
        const { res } = await send(anonymous(fx.app), null, row);
        const anon = compare(row, 'anonymous', expected(row, null, null, CASES[keyOf(row)]!), res, null);
        if (anon) mismatches.push(anon);
        for (const s of subjects) {
          const want = expected(row, s.id, null, CASES[keyOf(row)]!);
          const { res: r } = await send(s.client, s.id, row);
          const m = compare(row, s.id.name, want, r, null);
          if (m) mismatches.push(m);
        }
        expect(mismatches).toEqual([]);
      });
    }
  };

  describe('sessions: anonymous, system roles, a custom role, each project level, a non-member', () => sessionMatrix(ORDERED));

  describe('tokens: with the scope (as the owner), without it, and of an owner lacking the permission', () => {
    for (const row of [...ORDERED, ...DOCUMENTED.filter((r) => LAST.has(keyOf(r)))].filter((r) => r.access !== 'public')) {
      it(`${row.method} ${row.path}`, async () => {
        const mismatches: string[] = [];
        const c = CASES[keyOf(row)]!;
        const cases: [string, Identity, string, readonly string[]][] = row.scope
          ? [
              [`token with ${row.scope}`, tokenOwner, tokens.get(`with ${row.scope}`)!, [row.scope]],
              [
                `token without ${row.scope}`,
                tokenOwner,
                tokens.get(`without ${row.scope}`)!,
                SCOPE_NAMES.filter((g) => g !== '*' && g !== 'admin:all' && !covers([g], row.scope!)),
              ],
              ['token of an owner without permissions', nobody, tokens.get('nobody')!, ['*']],
            ]
          : [['token with every scope on a session-only route', tokenOwner, tokens.get('any')!, ['*']]];
        for (const [who, owner, token, scopes] of cases) {
          const { res } = await send(bearer(fx.app, token), owner, row);
          const m = compare(row, who, expected(row, owner, scopes, c), res, scopes);
          if (m) mismatches.push(m);
        }
        expect(mismatches).toEqual([]);
      });
    }
  });

  it('method swaps: every method a path does not have answers 404 or 405 with the error body, never 2xx or 5xx', async () => {
    const routes = t.app.routeTable.filter((r) => r.url.startsWith('/api/v1/'));
    const matches = (pattern: string, concrete: string) => new RegExp(`^${pattern.replace(/:\w+/g, '[^/]+')}$`).test(concrete);
    const paths = [...new Set(routes.map((r) => r.url))];
    const problems: string[] = [];
    let checked = 0;
    for (const path of paths) {
      const concrete = path.replace(/:\w+/g, '1');
      for (const method of METHODS) {
        // Another route may take this method at the same concrete URL (e.g. /roles/:id for /roles/export).
        if (routes.some((r) => r.method === method && matches(r.url, concrete))) continue;
        for (const [who, client] of [
          ['anonymous', anonymous(fx.app)],
          ['super_admin', clients.get('super_admin')!],
        ] as const) {
          const res = await client.request(method, concrete, method === 'GET' || method === 'DELETE' ? undefined : {});
          checked++;
          const body = res.json();
          const ok =
            [404, 405].includes(res.statusCode) &&
            ['error', 'message', 'code', 'request_id'].every((f) => typeof body[f] === 'string') &&
            ['not_found', 'method_not_allowed'].includes(body.code);
          if (!ok) problems.push(`${who} ${method} ${concrete}: ${res.statusCode} ${res.body.slice(0, 150)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('the fixtures reach the services: the super admin gets a 2xx or a 409 on every route', async () => {
    // Proves the matrix exercised the handlers (valid ids and bodies), not just validation.
    const judgedOnInput = new Set(['POST /api/v1/auth/password']);
    const superAdmin = subjects.find((s) => s.id.name === 'super_admin')!;
    const problems: string[] = [];
    for (const row of ORDERED.filter((r) => !judgedOnInput.has(keyOf(r)))) {
      const { res } = await send(superAdmin.client, superAdmin.id, row);
      if (!(res.statusCode < 300 || res.statusCode === 409)) problems.push(`${keyOf(row)}: ${res.statusCode} ${res.body.slice(0, 150)}`);
    }
    expect(problems).toEqual([]);
  });

  // Last: these end every other session of the subject.
  describe('sessions: routes that end sessions', () => sessionMatrix(DOCUMENTED.filter((r) => LAST.has(keyOf(r)))));
});
