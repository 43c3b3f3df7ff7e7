import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { configureApiClient, getCsrfToken, setCsrfToken } from '../lib/api-client';
import { sendJson, startTestApiServer, type TestApiServer } from '../../test/test-api-server';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { routes } from './router';

let server: TestApiServer;

beforeAll(async () => {
  server = await startTestApiServer();
  configureApiClient({ baseUrl: `${server.origin}/api/v1` });
});

afterEach(() => {
  server.reset();
  setCsrfToken(null);
});

afterAll(async () => {
  await server.close();
});

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProviders queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

describe('routes', () => {
  it('sends the home page to the sign-in page inside the layout', async () => {
    const router = renderAt('/');

    expect(await screen.findByRole('heading', { name: 'Sign in to Timekeeper' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByRole('link', { name: 'Timekeeper' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
  });

  it('shows "Page not found" for an unknown client path', async () => {
    renderAt('/no-such-page');

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });
});

describe('login page', () => {
  it('renders labelled Email and Password inputs and a Sign in button', async () => {
    renderAt('/login');

    const email = await screen.findByLabelText('Email');
    const password = screen.getByLabelText('Password');
    expect(email.getAttribute('type')).toBe('email');
    expect(password.getAttribute('type')).toBe('password');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('posts the credentials and shows the API error message on failure', async () => {
    server.respondWith((_req, res) =>
      sendJson(res, 404, {
        error: 'Not found',
        code: 'not_found',
        message: 'Route POST:/api/v1/auth/login not found',
        request_id: 'req-login-1',
      }),
    );
    const user = userEvent.setup();
    renderAt('/login');

    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Route POST:/api/v1/auth/login not found');
    expect(alert.textContent).toContain('req-login-1');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.method).toBe('POST');
    expect(server.requests[0]?.url).toBe('/api/v1/auth/login');
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({
      email: 'ada@example.com',
      password: 'correct horse battery',
    });
  });

  it('shows field errors from a validation error next to their inputs', async () => {
    server.respondWith((_req, res) =>
      sendJson(res, 400, {
        error: 'Validation failed',
        code: 'validation_error',
        message: 'The request body is invalid.',
        request_id: 'req-login-2',
        errors: [{ path: '/email', message: 'must match format "email"' }],
      }),
    );
    const user = userEvent.setup();
    renderAt('/login');

    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('alert');
    const email = screen.getByLabelText('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('must match format "email"');
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps the CSRF token from a successful sign-in for later requests', async () => {
    server.respondWith((_req, res) =>
      sendJson(res, 200, { user: { id: 1, email: 'ada@example.com', name: 'Ada' }, csrf_token: 'csrf-from-login' }),
    );
    const user = userEvent.setup();
    renderAt('/login');

    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect((await screen.findByRole('status')).textContent).toContain('Signed in as ada@example.com');
    await waitFor(() => expect(getCsrfToken()).toBe('csrf-from-login'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
