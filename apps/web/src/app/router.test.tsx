import type { Permission } from '@timekeeper/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { API, countRequests, errorBody, routes, signedIn, signedOut, testUser, type RouteAnswer } from '@test/fake-api';
import { getCsrfToken } from '../lib/api-client';
import { renderApp, WAIT } from '@test/render-app';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();

function renderAt(path: string) {
  return renderApp(path).router;
}

/** Fills in the login form as ada@example.test with `password` and submits it. */
async function signIn(password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Email'), 'ada@example.test');
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

/** Signed out, on the login page, whose POST /auth/login answers `answer`: signs in with `password`. */
async function signInRefused(password: string, answer: RouteAnswer) {
  server.respondWith(routes({ ...signedOut(false), [`POST ${API}/auth/login`]: () => answer }));
  renderAt('/login');
  await signIn(password);
}

/** The labels of the main navigation, once the permissions have loaded. */
async function navLabels(): Promise<string[]> {
  const nav = await screen.findByRole('navigation', { name: 'Main' }, WAIT);
  await within(nav).findAllByRole('link', undefined, WAIT);
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('session guard', { timeout: 20_000 }, () => {
  it('sends a new install (no session, needs_setup) to /setup', async () => {
    server.respondWith(routes(signedOut(true)));
    const router = renderAt('/');

    expect(await screen.findByRole('heading', { name: 'Create the first administrator' }, WAIT)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/setup');
  });

  it('sends nobody to /login?next=<the page asked for>', async () => {
    server.respondWith(routes(signedOut(false)));
    const router = renderAt('/time-entries?project_id=3');

    expect(await screen.findByRole('heading', { name: 'Sign in to Timekeeper' }, WAIT)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/time-entries?project_id=3');
  });

  it('sends / to plain /login, and /setup to /login once the install is set up', async () => {
    server.respondWith(routes(signedOut(false)));
    const router = renderAt('/setup');

    expect(await screen.findByRole('heading', { name: 'Sign in to Timekeeper' }, WAIT)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('');
  });

  it('sends the person to sign in when an API call answers 401 (the session ended)', async () => {
    let sessionCalls = 0;
    server.respondWith(
      routes({
        ...signedIn(['view_own_time_entries']),
        [`GET ${API}/auth/session`]: () => {
          sessionCalls += 1;
          return sessionCalls === 1
            ? [200, { user: testUser, csrf_token: 'csrf-test' }]
            : [401, errorBody('unauthorized', 'Sign in first')];
        },
        [`GET ${API}/setup`]: () => [200, { needs_setup: false }],
        [`GET ${API}/timer/status`]: () => [401, errorBody('unauthorized', 'Your session has ended')],
      }),
    );
    const router = renderAt('/');

    expect(await screen.findByRole('heading', { name: 'Sign in to Timekeeper' }, WAIT)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
  });
});

describe('navigation from effective permissions', { timeout: 20_000 }, () => {
  it('shows exactly the pages the permissions allow', async () => {
    server.respondWith(routes(signedIn(['view_own_time_entries', 'view_projects'])));
    renderAt('/');

    expect(await navLabels()).toEqual(['Dashboard', 'Time entries', 'Timesheet', 'Calendar', 'Projects', 'Profile', 'Help']);
    expect(screen.queryByRole('link', { name: 'Users' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeTruthy();
  });

  it('adds the administration pages for administrative permissions', async () => {
    const permissions: Permission[] = [
      'view_own_time_entries',
      'view_users',
      'manage_user_roles',
      'view_audit_logs',
      'manage_own_api_tokens',
    ];
    server.respondWith(routes(signedIn(permissions)));
    renderAt('/');

    expect(await navLabels()).toEqual([
      'Dashboard',
      'Time entries',
      'Timesheet',
      'Calendar',
      'API tokens',
      'Profile',
      'Help',
      'Users',
      'Roles & permissions',
      'Audit log',
      'Why can / can’t',
    ]);
    expect(screen.getByRole('heading', { name: 'Administration' })).toBeTruthy();
  });

  it('adds the Sales section (Leads, Deals) with view_own_leads and view_own_deals', async () => {
    server.respondWith(routes(signedIn(['view_own_time_entries', 'view_own_leads', 'view_own_deals'])));
    renderAt('/');

    expect(await navLabels()).toEqual(['Dashboard', 'Time entries', 'Timesheet', 'Calendar', 'Leads', 'Deals', 'Profile', 'Help']);
    expect(screen.getByRole('heading', { name: 'Sales' })).toBeTruthy();
  });

  it('shows "No access" for a direct URL to /deals without view_own_deals, and asks the API nothing', async () => {
    server.respondWith(routes(signedIn(['view_own_time_entries', 'view_own_leads'])));
    renderAt('/deals');

    expect(await screen.findByRole('heading', { name: 'No access' }, WAIT)).toBeTruthy();
    expect(await navLabels()).not.toContain('Deals');
    expect(countRequests(server.requests, 'GET', `${API}/deals`)).toBe(0);
  });

  it('shows "No access" for a direct URL to /admin/users without view_users', async () => {
    server.respondWith(routes(signedIn(['view_own_time_entries', 'view_projects'])));
    const router = renderAt('/admin/users');

    expect(await screen.findByRole('heading', { name: 'No access' }, WAIT)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/admin/users');
    expect(await navLabels()).not.toContain('Users');
    expect(countRequests(server.requests, 'GET', `${API}/users`)).toBe(0);
  });

  it('refetches the permissions after a 403 from any API call, and the navigation follows', async () => {
    let permissionCalls = 0;
    server.respondWith(
      routes({
        ...signedIn([]),
        [`GET ${API}/users/me/permissions`]: () => {
          permissionCalls += 1;
          const permissions: Permission[] =
            permissionCalls === 1 ? ['view_own_time_entries', 'view_projects'] : ['view_own_time_entries', 'view_projects', 'view_users'];
          return [200, { user_id: testUser.id, is_admin: false, roles: [], permissions, scopes: null, version: permissionCalls }];
        },
        [`GET ${API}/timer/status`]: () => [
          403,
          errorBody('forbidden', "This action requires the 'view_own_time_entries' permission", {
            required_permission: 'view_own_time_entries',
          }),
        ],
      }),
    );
    renderAt('/');

    expect(await screen.findByRole('link', { name: 'Users' }, WAIT)).toBeTruthy();
    expect(countRequests(server.requests, 'GET', `${API}/users/me/permissions`)).toBeGreaterThanOrEqual(2);
    expect(countRequests(server.requests, 'GET', `${API}/timer/status`)).toBe(1);
  });
});

describe('login page', { timeout: 20_000 }, () => {
  it('renders labelled Email and Password inputs and a Sign in button', async () => {
    server.respondWith(routes(signedOut(false)));
    renderAt('/login');

    const email = await screen.findByLabelText('Email');
    expect(email.getAttribute('type')).toBe('email');
    expect(screen.getByLabelText('Password').getAttribute('type')).toBe('password');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it("shows the API's message and request id when sign-in fails", async () => {
    await signInRefused('wrong password 123', [
      401,
      { ...errorBody('invalid_credentials', 'The email or password is incorrect'), request_id: 'req-login-1' },
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The email or password is incorrect');
    expect(alert.textContent).toContain('req-login-1');
    const login = server.requests.find((r) => r.method === 'POST');
    expect(JSON.parse(login?.body ?? '')).toEqual({ email: 'ada@example.test', password: 'wrong password 123' });
  });

  it('shows field errors from a validation error next to their inputs', async () => {
    await signInRefused('x', [
      400,
      errorBody('validation_error', 'The request body is invalid.', { errors: [{ path: '/email', message: 'must match format "email"' }] }),
    ]);

    await screen.findByRole('alert');
    const email = screen.getByLabelText('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Enter an email address like name@example.com',
    );
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBeNull();
  });

  it('signs in, keeps the CSRF token and goes to the page asked for', async () => {
    let signedInNow = false;
    const session = signedIn(['view_own_time_entries']);
    server.respondWith(
      routes({
        ...session,
        [`GET ${API}/auth/session`]: (req) =>
          signedInNow ? session[`GET ${API}/auth/session`]!(req) : [401, errorBody('unauthorized', 'Sign in first')],
        [`GET ${API}/setup`]: () => [200, { needs_setup: false }],
        [`POST ${API}/auth/login`]: () => {
          signedInNow = true;
          return [200, { user: testUser, csrf_token: 'csrf-from-login' }];
        },
      }),
    );
    const router = renderAt('/help');
    await signIn('correct horse battery');

    expect(await screen.findByRole('heading', { name: 'Help', level: 1 }, WAIT)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/help');
    await waitFor(() => expect(getCsrfToken()).toBe('csrf-from-login'));
  });
});
