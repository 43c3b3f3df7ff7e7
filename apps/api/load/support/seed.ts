/**
 * The dataset every scenario starts from, made through the public API as an administrator would:
 * one project, N users with the `user` role taking part in it, and one API token per user (made
 * in the user's own session, so tokens are exactly what a person would create).
 */
import { ADMIN } from './api-process.js';
import { Recorder, type CallOptions, type Outcome } from './http.js';

export const PASSWORD = 'Violet-Granite-Orchard-Kettle-93';
/** What a time-tracking integration holds, plus read:users for /users/me/permissions. */
export const USER_SCOPES = ['read:projects', 'read:time_entries', 'write:time_entries', 'read:reports', 'read:users'];

export interface Session {
  cookie: string;
  csrf: string;
  userId: number;
}

export interface LoadUser {
  index: number;
  id: number;
  email: string;
  token: string;
  tokenId: number;
}

export interface Seeded {
  projectId: number;
  adminToken: string;
  users: LoadUser[];
}

const setup = new Recorder();

/** A setup call that must answer `status`; anything else stops the scenario with the answer. */
export async function must(baseUrl: string, status: number, method: string, path: string, opts: CallOptions = {}): Promise<Outcome> {
  const out = await setup.call(baseUrl, `${method} ${path}`, method, path, { timeoutMs: 60_000, ...opts });
  if (out.status !== status) throw new Error(`${method} ${path} answered ${out.status}, expected ${status}: ${JSON.stringify(out.body)}`);
  return out;
}

export async function login(baseUrl: string, email: string, password: string): Promise<Session> {
  const out = await must(baseUrl, 200, 'POST', '/api/v1/auth/login', { body: { email, password } });
  const setCookie = out.headers!.getSetCookie().find((c) => c.startsWith('tk_session='));
  if (!setCookie) throw new Error(`login for ${email} set no tk_session cookie`);
  return { cookie: setCookie.split(';')[0]!, csrf: out.body.csrf_token, userId: out.body.user.id };
}

export async function createToken(baseUrl: string, session: Session, scopes: string[]): Promise<{ id: number; token: string }> {
  const out = await must(baseUrl, 201, 'POST', '/api/v1/api-tokens', {
    ...session,
    body: { name: `load ${scopes.join(' ')}`.slice(0, 100), scopes, expires_in_days: 1 },
  });
  return { id: out.body.id, token: out.body.token };
}

export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function createUser(
  baseUrl: string,
  adminToken: string,
  projectId: number,
  email: string,
  roles: string[],
): Promise<LoadUser & { session: Session }> {
  const user = await must(baseUrl, 201, 'POST', '/api/v1/users', {
    token: adminToken,
    body: { email, name: email.split('@')[0], password: PASSWORD, roles: roles.map((role) => ({ role })) },
  });
  await must(baseUrl, 201, 'POST', '/api/v1/participations', {
    token: adminToken,
    body: { project_id: projectId, user_id: user.body.id, access_level: 'edit_time_and_expenses' },
  });
  const session = await login(baseUrl, email, PASSWORD);
  const token = await createToken(baseUrl, session, USER_SCOPES);
  return { index: 0, id: user.body.id, email, token: token.token, tokenId: token.id, session };
}

export async function seed(baseUrl: string, userCount: number, tag: string): Promise<Seeded> {
  const admin = await login(baseUrl, ADMIN.email, ADMIN.password);
  const adminToken = (await createToken(baseUrl, admin, ['*'])).token;
  const project = await must(baseUrl, 201, 'POST', '/api/v1/projects', {
    token: adminToken,
    body: { name: `Load ${tag}`, billable: true },
  });
  const projectId = project.body.id as number;
  const indexes = Array.from({ length: userCount }, (_, i) => i);
  // Password hashing dominates: a few at a time keeps the machine usable.
  const users = await mapLimit(indexes, 4, async (index) => {
    const { session: _session, ...user } = await createUser(baseUrl, adminToken, projectId, `load-${tag}-${index}@example.test`, ['user']);
    return { ...user, index };
  });
  return { projectId, adminToken, users };
}
