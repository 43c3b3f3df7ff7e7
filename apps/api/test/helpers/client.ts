/**
 * Talking to a test app the way the SPA does: a session cookie plus the CSRF header on writes.
 * Users are created through the real service, as a system actor would (e.g. the CLI).
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { systemActor } from '../../src/lib/actor.js';
import { createUser, type RoleAssignmentInput } from '../../src/modules/users/users.service.js';

export const PASSWORD = 'correct horse battery staple';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export class Client {
  constructor(
    readonly app: FastifyInstance,
    readonly cookie: string | null,
    readonly csrf: string | null,
    readonly userId: number | null,
    readonly headers: Record<string, string> = {},
  ) {}

  request(method: Method, url: string, payload?: unknown, extra: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...this.headers, ...extra };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const opts: InjectOptions = { method, url, headers };
    if (payload !== undefined) opts.payload = payload as InjectOptions['payload'];
    return this.app.inject(opts);
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);

  /** The same session against another app instance (same secret, same database). */
  on(app: FastifyInstance): Client {
    return new Client(app, this.cookie, this.csrf, this.userId, this.headers);
  }
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'tk_session');
  if (!cookie) throw new Error(`no tk_session cookie in response ${res.statusCode}: ${res.body}`);
  return `tk_session=${cookie.value}`;
}

export async function signIn(app: FastifyInstance, email: string, password = PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login of ${email} failed: ${res.statusCode} ${res.body}`);
  const body = res.json();
  return new Client(app, sessionCookie(res), body.csrf_token, body.user.id);
}

export const anonymous = (app: FastifyInstance) => new Client(app, null, null, null);

const system = () => systemActor('cli');

let counter = 0;
/** Creates a user with the given roles (names) and returns a signed-in client. */
export async function userWith(
  app: FastifyInstance,
  roles: (string | RoleAssignmentInput)[],
  name?: string,
): Promise<Client & { email: string }> {
  counter++;
  const label = name ?? (roles.map((r) => (typeof r === 'string' ? r : String(r.role))).join('-') || 'nobody');
  const email = `${label}-${counter}-${Date.now()}@example.test`;
  await createUser(app.db, system(), {
    email,
    name: name ?? email.split('@')[0]!,
    password: PASSWORD,
    roles: roles.map((r) => (typeof r === 'string' ? { role: r } : r)),
  });
  const client = await signIn(app, email);
  return Object.assign(client, { email });
}

/** Creates a custom role through the service as the system. */
export async function customRole(app: FastifyInstance, name: string, permissions: string[]): Promise<number> {
  const { createRole } = await import('../../src/modules/roles/roles.service.js');
  const role = await createRole(app.db, system(), { name, permissions });
  return role.id;
}
