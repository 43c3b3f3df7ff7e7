/** Setup calls against a running server, through the public API as a person would make them. */

export async function call(baseUrl, method, path, { cookie, csrf, token, body } = {}) {
  const headers = {};
  if (cookie) headers.cookie = cookie;
  if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: res.status, body: json, headers: res.headers };
}

export async function must(baseUrl, status, method, path, opts) {
  const res = await call(baseUrl, method, path, opts);
  if (res.status !== status) throw new Error(`${method} ${path} answered ${res.status}, expected ${status}: ${JSON.stringify(res.body)}`);
  return res;
}

export async function login(baseUrl, email, password) {
  const res = await must(baseUrl, 200, 'POST', '/api/v1/auth/login', { body: { email, password } });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tk_session='));
  if (!cookie) throw new Error(`login of ${email} set no session cookie`);
  return { cookie: cookie.split(';')[0], csrf: res.body.csrf_token, userId: res.body.user.id, email };
}

export async function createToken(baseUrl, session, scopes, name = 'bench') {
  const res = await must(baseUrl, 201, 'POST', '/api/v1/api-tokens', { ...session, body: { name, scopes, expires_in_days: 1 } });
  return { id: res.body.id, token: res.body.token };
}
