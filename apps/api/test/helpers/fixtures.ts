/**
 * Fixture builders for the API suites: the app of a suite, and the records tests set up again and
 * again (projects with members at given levels, clients, tasks, time entries, expenses, approvals,
 * API tokens), each created through the real API (`app.inject`) as the client passed in. A builder
 * asserts the status it expects (201 unless said otherwise), so a broken setup fails the test with
 * the API's answer. Users and custom roles come from `client.ts` (`userWith`, `customRole`).
 * See docs/development/testing.md#fixture-builders.
 */
import type { ProjectLevel } from '@timekeeper/shared';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { DbKind } from '../../src/db/client.js';
import { createTestApp, type TestApp } from './app.js';
import { Client, userWith } from './client.js';

/** A signed-in user made by `userWith`. */
export type Member = Client & { email: string };
type Body = Record<string, unknown>;
/** The per-participation flags of docs/api/participations.md. */
export interface ParticipationFlags {
  can_edit_time?: boolean;
  can_edit_expense?: boolean;
}

/**
 * The app of a suite: built on `kind` before its first test, closed after its last. The fields of
 * the returned object are read inside hooks and tests (not while the suite is collected).
 */
export function useTestApp(kind: DbKind, opts?: Parameters<typeof createTestApp>[1]): TestApp {
  let current: TestApp | undefined;
  beforeAll(async () => {
    current = await createTestApp(kind, opts);
  });
  afterAll(async () => current?.close());
  const built = (): TestApp => {
    if (!current) throw new Error('the test app is built in beforeAll');
    return current;
  };
  return {
    get app() {
      return built().app;
    },
    get db() {
      return built().db;
    },
    close: () => built().close(),
  };
}

/**
 * A user of the suite with the given system roles, created and signed in before its first test
 * (after the app of `useTestApp`). Use it inside hooks and tests.
 */
export function useUser(t: TestApp, roles: string[], name?: string): Member {
  const user = Object.create(Client.prototype) as Member;
  beforeAll(async () => {
    Object.assign(user, await userWith(t.app, roles, name));
  });
  return user;
}

/** The JSON body of `res`, which must answer `status`. */
export function expectStatus(res: LightMyRequestResponse, status = 201) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

let seq = 0;
/** A name no other fixture of this test run has: `<label> <n>`. */
export const uniqueName = (label: string) => `${label} ${++seq}`;

/** A client that authenticates with an API token (`Authorization: Bearer`, or `X-API-Key`). */
export function bearer(app: FastifyInstance, token: string, header: 'authorization' | 'x-api-key' = 'authorization'): Client {
  return new Client(app, null, null, null, header === 'authorization' ? { authorization: `Bearer ${token}` } : { 'x-api-key': token });
}

export interface CreatedToken {
  id: number;
  token: string;
  scopes: string[];
  expires_at: string;
  created_at: string;
  prefix: string;
}

/** An API token of `owner` (named after its scopes, 30 days unless `extra` says otherwise). */
export async function createToken(owner: Client, scopes: string[], extra: Body = {}): Promise<CreatedToken> {
  const res = await owner.post('/api/v1/api-tokens', { name: `t-${scopes.join(',')}`, scopes, expires_in_days: 30, ...extra });
  return expectStatus(res) as CreatedToken;
}

/** A client holding a new API token of `owner`. */
export async function tokenClient(owner: Client, scopes: string[], extra: Body = {}): Promise<Client> {
  return bearer(owner.app, (await createToken(owner, scopes, extra)).token);
}

/** A project `as` creates (and so administers); returns its id. */
export async function createProject(as: Client, body: Body = {}): Promise<number> {
  return (expectStatus(await as.post('/api/v1/projects', { name: uniqueName('Project'), ...body })) as { id: number }).id;
}

/** Makes `user` a participant of the project at `level`, as `as` (a project admin); returns the participation. */
export async function join(as: Client, projectId: number, user: Client, level: ProjectLevel, extra: Body = {}) {
  return expectStatus(
    await as.post('/api/v1/participations', { project_id: projectId, user_id: user.userId, access_level: level, ...extra }),
  );
}

/** A new user (system role `user` unless `roles` says otherwise) who joins the project at `level`. */
export async function addMember(
  as: Client,
  projectId: number,
  level: ProjectLevel,
  permissions?: ParticipationFlags,
  roles: string[] = ['user'],
): Promise<Member> {
  const user = await userWith(as.app, roles);
  await join(as, projectId, user, level, permissions ? { permissions } : {});
  return user;
}

/** A client of the organisation; returns it as the API answers. */
export async function createClient(as: Client, body: Body = {}) {
  return expectStatus(await as.post('/api/v1/clients', { name: uniqueName('Acme'), ...body }));
}

export interface CreatedTask {
  id: number;
  project_id: number;
  name: string;
  assignee_id: number | null;
  created_by: number | null;
  status: string;
}

/** A task on the project. */
export async function createTask(as: Client, projectId: number, body: Body = {}): Promise<CreatedTask> {
  return expectStatus(await as.post('/api/v1/tasks', { project_id: projectId, name: uniqueName('Task'), ...body })) as CreatedTask;
}

/** An entry of `hours` starting at the instant `start` (ISO, any offset), with `extra` fields (billable…). */
export const entryAt = (start: string, hours = 1, extra: Body = {}) => ({
  start_time: new Date(start).toISOString(),
  end_time: new Date(new Date(start).getTime() + hours * 3600_000).toISOString(),
  ...extra,
});

/** An hour on 2026-03-<day> starting at <hour>:00 UTC. */
export const hour = (day: number, h: number, hours = 1) => ({
  start_time: `2026-03-${String(day).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00Z`,
  end_time: `2026-03-${String(day).padStart(2, '0')}T${String(h + hours).padStart(2, '0')}:00:00Z`,
});

export interface CreatedTimeEntry {
  id: number;
  user_id: number;
  project_id: number;
  start_time: string;
  duration_seconds: number;
}

/** A time entry `as` records on the project; `body` holds its times (e.g. `hour(2, 9)`) and other fields. */
export async function logTime(as: Client, projectId: number, body: Body): Promise<CreatedTimeEntry> {
  return expectStatus(await as.post('/api/v1/time-entries', { project_id: projectId, ...body })) as CreatedTimeEntry;
}

/** An expense `as` records on the project: 12.50 for travel on 2026-03-02 unless `extra` says otherwise. */
export async function spend(as: Client, projectId: number, extra: Body = {}) {
  const res = await as.post('/api/v1/expenses', { project_id: projectId, date: '2026-03-02', amount: 12.5, category: 'Travel', ...extra });
  return expectStatus(res) as { id: number; user_id: number; amount: number };
}

/** Asks for the approval of a time entry of `as`; returns the approval's id. */
export async function requestApproval(as: Client, entryId: number, body?: Body): Promise<number> {
  return (expectStatus(await as.post(`/api/v1/time-entries/${entryId}/request-approval`, body)) as { id: number }).id;
}

/** Approves a pending approval (`as` decides); returns the approval as the API answers. */
export async function approve(as: Client, approvalId: number) {
  return expectStatus(await as.post(`/api/v1/time-entry-approvals/${approvalId}/approve`), 200);
}

/** A 400 whose `errors` name `path` (`label` names the case when it fails). */
export function expectInvalid(res: LightMyRequestResponse, path: string, label = res.body): void {
  expect(res.statusCode, label).toBe(400);
  expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
}

/** Every URL answers 400 `validation_error` naming at least one field; a page far beyond the end is 400 "out of range". */
export async function expectBadQueries(as: Client, urls: string[], farPage: string): Promise<void> {
  for (const url of urls) {
    const res = await as.get(url);
    expect(res.statusCode, url).toBe(400);
    expect(res.json().code, url).toBe('validation_error');
    expect(res.json().errors.length, url).toBeGreaterThan(0);
  }
  const far = await as.get(farPage);
  expect(far.statusCode).toBe(400);
  expect(far.json().message).toMatch(/out of range/);
}
